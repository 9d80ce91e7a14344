import { SITE_ROUTES, type SiteRoute } from '@chaffcent/content/routes'
import { pageMetadata, type PageSeo, type SiteIdentity } from '@chaffcent/content/seo'
import type { Metadata } from 'next'
import type { Seo } from '@/content/schemas'
import { getSiteSettings, type SiteSettings } from '@/content/settings'
import { DEFAULT_SHARE_ALT, SHARE_IMAGE_SIZE } from './share-card'

/** The organisation as the SEO helpers need it, from the site settings. */
export function siteIdentity(settings: SiteSettings): SiteIdentity {
  return { ...settings, seo: { ...settings.seo, shareImage: DEFAULT_SHARE_IMAGE } }
}

/**
 * The site's generated share card (app/opengraph-image.tsx). A route that sets its own
 * Open Graph fields replaces the root's, file-based image included, so every route names it;
 * an article's own generated image still takes precedence.
 */
const DEFAULT_SHARE_IMAGE = {
  url: '/opengraph-image',
  ...SHARE_IMAGE_SIZE,
  alt: DEFAULT_SHARE_ALT,
}

/** A route's metadata: its own title, description and address, framed by the site's settings. */
export async function metadataFor(page: PageSeo): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata(siteIdentity(settings), page)
}

/** A document page's SEO: the editor's overrides where set, else the document's own title and summary. */
export function documentSeo(
  seo: Seo,
  page: { title: string; description: string; path: string },
): PageSeo {
  return {
    title: seo.title ?? page.title,
    description: seo.description ?? page.description,
    path: page.path,
    kind: 'website',
    noIndex: seo.noIndex,
  }
}

/** A fixed listing route's metadata: its label as the title, its introduction as the description. */
export function listingMetadata(route: SiteRoute, description: string): Promise<Metadata> {
  const { label, path } = SITE_ROUTES[route]
  return metadataFor({ title: label, description, path, kind: 'website' })
}
