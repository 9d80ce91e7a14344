import { SHARE_IMAGE_SIZE, type SeoImage } from '@chaffcent/content/seo'
import { imageDimensions, imageUrl } from '@/images/image-url'
import type { SiteImage } from '@/images/schema'

/** The size and default wording of the generated share cards, shared with the studio's preview. */
export { DEFAULT_SHARE_ALT, SHARE_IMAGE_SIZE } from '@chaffcent/content/seo'

const SHARE_ASPECT = SHARE_IMAGE_SIZE.width / SHARE_IMAGE_SIZE.height

/**
 * An editor's image as a share card: the first one given that has an asset, cut to the
 * card's shape around its hotspot. Undefined when none is set, so the caller's fallback
 * (the generated card) applies. `alt` words a decorative image, which has no alt text.
 */
export function sharingImage(
  candidates: (SiteImage | undefined)[],
  alt: string,
): SeoImage | undefined {
  const image = candidates.find(Boolean)
  if (!image) return undefined
  const url = imageUrl(image, SHARE_IMAGE_SIZE.width, { aspectRatio: SHARE_ASPECT })
  const size = imageDimensions(image, SHARE_IMAGE_SIZE.width, SHARE_ASPECT)
  if (!url || !size) return undefined
  return { url, ...size, alt: image.alt || alt }
}
