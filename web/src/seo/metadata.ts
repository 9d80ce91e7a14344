import { SITE_ROUTES, type SiteRoute } from '@chaffcent/content/routes'
import {
  generatedShareImage,
  pageMetadata,
  type PageSeo,
  type SiteIdentity,
} from '@chaffcent/content/seo'
import type { Metadata } from 'next'
import { getSiteSettings, type SiteSettings } from '@/content/settings'

/** The organisation as the SEO helpers need it, from the site settings. */
export function siteIdentity(settings: SiteSettings): SiteIdentity {
  return { ...settings, seo: { ...settings.seo, shareImage: DEFAULT_SHARE_IMAGE } }
}

/**
 * The site's generated share card (app/opengraph-image.tsx). A route that sets its own
 * Open Graph fields replaces the root's, file-based image included, so every route names it;
 * an article's own generated image still takes precedence.
 */
const DEFAULT_SHARE_IMAGE = generatedShareImage()

/** A route's metadata: its own title, description and address, framed by the site's settings. */
export async function metadataFor(page: PageSeo): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata(siteIdentity(settings), page)
}

export { documentSeo } from '@chaffcent/content/seo'

/** A fixed listing route's metadata: its label as the title, its introduction as the description. */
export function listingMetadata(route: SiteRoute, description: string): Promise<Metadata> {
  const { label, path } = SITE_ROUTES[route]
  return metadataFor({ title: label, description, path, kind: 'website' })
}
