import type { ListingRoute } from '@chaffcent/content/fixed-documents'
import { SITE_ROUTES } from '@chaffcent/content/routes'
import {
  generatedShareImage,
  pageMetadata,
  type PageSeo,
  type SiteIdentity,
} from '@chaffcent/content/seo'
import type { Metadata } from 'next'
import { getListingPage } from '@/content/listing'
import { getSiteSettings, type SiteSettings } from '@/content/settings'
import { stegaClean } from '@/content/stega'

/**
 * The organisation as the SEO helpers need it, from the site settings. Without click-to-edit
 * marks: what it feeds (metadata, JSON-LD) is read by machines, even in preview.
 */
export function siteIdentity(settings: SiteSettings): SiteIdentity {
  return stegaClean({ ...settings, seo: { ...settings.seo, shareImage: DEFAULT_SHARE_IMAGE } })
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
  return pageMetadata(siteIdentity(settings), stegaClean(page))
}

export { documentSeo } from '@chaffcent/content/seo'

/**
 * A listing route's metadata from the editors' copy: its Search and sharing overrides, else
 * its label as the title and its introduction (else the site's tagline) as the description.
 */
export async function listingMetadata(route: ListingRoute): Promise<Metadata> {
  const [settings, copy] = await Promise.all([getSiteSettings(), getListingPage(route)])
  const { label, path } = SITE_ROUTES[route]
  return pageMetadata(
    siteIdentity(settings),
    stegaClean({
      title: copy?.seo.title ?? label,
      description: copy?.seo.description ?? copy?.intro ?? settings.description,
      path,
      kind: 'website',
      noIndex: copy?.seo.noIndex,
    }),
  )
}
