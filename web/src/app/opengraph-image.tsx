import { DEFAULT_SHARE_ALT, SHARE_IMAGE_SIZE } from '@chaffcent/content/seo/share-card'
import { getSiteSettings } from '@/content/settings'
import { shareImage } from '@/seo/share-image'

export const alt = DEFAULT_SHARE_ALT
export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'

export default async function Image() {
  const settings = await getSiteSettings()
  return shareImage({
    eyebrow: 'Strategic advisory',
    title: settings.description,
    footer: settings.legalName,
  })
}
