import { SITE_ROUTES, type SiteRoute } from '@chaffcent/content/routes'
import { pageMetadata, type PageSeo, type SiteIdentity } from '@chaffcent/content/seo'
import type { Metadata } from 'next'
import type { Seo } from '@/content/schemas'
import { getSiteSettings, type SiteSettings } from '@/content/settings'

/** The organisation as the SEO helpers need it, from the site settings. */
export function siteIdentity(settings: SiteSettings): SiteIdentity {
  return settings
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
