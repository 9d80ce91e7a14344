import { sharingImage as sharingImageOn, type ShareableImage } from '@chaffcent/content/seo'
import { imageHost } from '@/content/config'

/** The size and default wording of the generated share cards, shared with the studio's preview. */
export { DEFAULT_SHARE_ALT, SHARE_IMAGE_SIZE } from '@chaffcent/content/seo'

/** The studio's preview and the site choose a page's share image with the same helper. */
export function sharingImage(candidates: (ShareableImage | null | undefined)[], alt: string) {
  return sharingImageOn(candidates, alt, imageHost())
}
