import type { ListingRoute } from '@chaffcent/content/content-types'
import { SITE_ROUTES } from '@chaffcent/content/routes'
import {
  documentSeo as overriddenSeo,
  type DocumentDefaults,
} from '@chaffcent/content/seo/document-seo'
import { pageMetadata } from '@chaffcent/content/seo/metadata'
import {
  DEFAULT_SHARE_ALT,
  generatedShareImage,
  sharingImage,
} from '@chaffcent/content/seo/share-card'
import type { PageSeo, SiteIdentity } from '@chaffcent/content/seo/types'
import type { Metadata } from 'next'
import { imageHost } from '@/content/config'
import { getListingPage } from '@/content/listing'
import type { Seo } from '@/content/schemas'
import { getSiteSettings, type SiteSettings } from '@/content/settings'
import { stegaClean } from '@/content/stega'
import type { SiteImage } from '@/images/schema'

/**
 * The organisation as the SEO helpers need it, from the site settings, without click-to-edit
 * marks: what it feeds (metadata, JSON-LD) is read by machines, even in preview. Its share
 * image, used by every page without one of its own, is the editors' default sharing image,
 * else the site's generated card (app/opengraph-image.tsx). A route that sets its own Open
 * Graph fields replaces the root's file-based image, so every route names it.
 */
export function siteIdentity(settings: SiteSettings): SiteIdentity {
  const shareImage =
    sharingImage([settings.seo?.shareImage], DEFAULT_SHARE_ALT, imageHost()) ??
    generatedShareImage()
  return stegaClean({ ...settings, seo: { ...settings.seo, shareImage } })
}

/**
 * A document page's SEO: the editor's overrides where set, else the document's own title and
 * summary; shared with its sharing image, else `cover` (an article's cover image), else
 * whatever the site shares by default.
 */
export function documentSeo(seo: Seo, page: DocumentDefaults, cover?: SiteImage): PageSeo {
  const image = sharingImage([seo.shareImage, cover], page.title, imageHost())
  return { ...overriddenSeo(seo, page), ...(image && { image }) }
}

/** A route's metadata: its own title, description and address, framed by the site's settings. */
export async function metadataFor(page: PageSeo): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata(siteIdentity(settings), stegaClean(page))
}

/**
 * A listing route's metadata from the editors' copy: its Search and sharing overrides, else
 * its label as the title and its introduction (else the site's tagline) as the description.
 */
export async function listingMetadata(route: ListingRoute): Promise<Metadata> {
  const [settings, copy] = await Promise.all([getSiteSettings(), getListingPage(route)])
  const { label, path } = SITE_ROUTES[route]
  const title = copy?.seo.title ?? label
  const image = sharingImage([copy?.seo.shareImage], title, imageHost())
  return pageMetadata(
    siteIdentity(settings),
    stegaClean({
      title,
      description: copy?.seo.description ?? copy?.intro ?? settings.description,
      path,
      kind: 'website',
      noIndex: copy?.seo.noIndex,
      ...(image && { image }),
    }),
  )
}
