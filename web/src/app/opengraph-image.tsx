import { getSiteSettings } from '@/content/settings'
import { SHARE_IMAGE_SIZE, shareImage } from '@/seo/share-image'

export const alt = 'ChaffCent Ventures Limited: strategic advisory and capability development'
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
