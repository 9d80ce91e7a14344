import { TYPE } from '@chaffcent/content/content-types'
import {
  contentType,
  DOCUMENT_TYPES,
  hrefFor,
  SITE_ROUTES,
  type DocumentType,
  type ListingRoute,
} from '@chaffcent/content'
import type {
  DocumentLocation,
  DocumentLocationResolvers,
  DocumentLocationsState,
} from 'sanity/presentation'

/** The fields every location needs, whatever the type calls them. */
export interface LocatedDocument {
  title?: string | null
  name?: string | null
  slug?: string | null
  /** A listing page's route: `insights`, `sectors` or `ventures`. */
  route?: string | null
}

const selection = { title: 'title', name: 'name', slug: 'slug.current', route: 'route' } as const

/** The listing page a kind of document also appears on, besides its own page. */
function listedOn(type: DocumentType): DocumentLocation | undefined {
  const route = contentType(type).listing?.route
  return route && { title: SITE_ROUTES[route].label, href: SITE_ROUTES[route].path }
}

/** Where a document shows on the site, for the Presentation tool's "Used on" list. */
export function locationsOf(
  type: DocumentType,
  doc: LocatedDocument | null,
): DocumentLocationsState {
  if (type === TYPE.siteSettings) {
    return {
      message: 'Site settings appear on every page: in the header, the footer and search results.',
      tone: 'positive',
      locations: [{ title: SITE_ROUTES.home.label, href: SITE_ROUTES.home.path }],
    }
  }
  if (type === TYPE.redirect) {
    return {
      message: 'A redirect has no page of its own: it sends visitors on from its old address.',
    }
  }
  if (contentType(type).fixed === 'perListing') {
    const route = SITE_ROUTES[doc?.route as ListingRoute]
    return { locations: route ? [{ title: route.label, href: route.path }] : [] }
  }
  // A person has no page: articles name them and a page's people section shows their card.
  if (!contentType(type).address && contentType(type).shownBy?.length) {
    return { message: 'This has no page of its own: it appears on the pages that show it.' }
  }
  const href = hrefFor({ _type: type, slug: doc?.slug })
  if (!href) {
    return {
      message: 'Give this document a web address (slug) to see it on the site.',
      tone: 'caution',
    }
  }
  const own = { title: doc?.title || doc?.name || SITE_ROUTES.home.label, href }
  const listing = listedOn(type)
  return { locations: listing && listing.href !== href ? [own, listing] : [own] }
}

/** One resolver for every document type, so a new type is located the moment `hrefFor` knows it. */
export const locations: DocumentLocationResolvers = Object.fromEntries(
  DOCUMENT_TYPES.map((type) => [
    type,
    { select: selection, resolve: (doc: LocatedDocument | null) => locationsOf(type, doc) },
  ]),
)
