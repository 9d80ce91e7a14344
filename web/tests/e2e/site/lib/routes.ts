import { CONTENT_TYPES, contentType, DOCUMENT_TYPES } from '@chaffcent/content/content-types'
import { fillAddress, hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import {
  articlesNewestFirst,
  documentById,
  documentsOfType,
  LEGAL_NAME,
  slugOf,
  type SeedDocument,
} from '../../../support/site-helpers'

/** What a route must show in `<head>`, worked out from the seed rather than asked of the site. */
export interface RouteExpectation {
  path: string
  /** The page's own title; `<title>` adds the site's suffix unless `standalone`. */
  title: string
  /** The home page's title is the legal name alone. */
  standalone?: boolean
  /** The meta description when the seed decides it; listings write their own. */
  description?: string
}

/** The client's route table, asserted explicitly so a missing document cannot hide a route. */
export const FIXED_ROUTES = Object.values(SITE_ROUTES).map(({ path }) => path)

function documentRoute(doc: SeedDocument): RouteExpectation {
  return {
    path: hrefFor({ _type: doc._type, slug: slugOf(doc) })!,
    title: doc.seo?.title ?? doc.title ?? doc.name ?? '',
    description: doc.seo?.description ?? doc.excerpt ?? doc.summary,
  }
}

/** Every page of the site: the fixed routes, one per document, and the Insights filters. */
export function siteRoutes(): RouteExpectation[] {
  const home = documentById('home')
  return [
    { path: '/', title: LEGAL_NAME, standalone: true, description: home.seo?.description },
    ...documentsOfType('page').map(documentRoute),
    { path: '/ventures', title: 'Ventures & Platforms' },
    ...documentsOfType('venture').map(documentRoute),
    { path: '/sectors', title: 'Sectors We Serve' },
    ...documentsOfType('sector').map(documentRoute),
    { path: '/insights', title: 'Insights' },
    ...documentsOfType('category').map((doc) => ({
      path: hrefFor({ _type: doc._type, slug: slugOf(doc) })!,
      title: `${doc.title} insights`,
      description: doc.description,
    })),
    {
      path: fillAddress(CONTENT_TYPES.article.listing.pages, { page: 2 }),
      title: 'Insights, page 2',
    },
    ...articlesNewestFirst().map(documentRoute),
    ...documentsOfType('legalDocument').map(documentRoute),
  ]
}

/** The address patterns of the content-type table that take any slug of the right shape. */
export const SLUGGED_ADDRESSES = DOCUMENT_TYPES.flatMap((type) => {
  const address = contentType(type).address
  return address?.includes(':slug') ? [{ type, address }] : []
})

/** Addresses nothing in the dataset answers, one under each kind of route. */
export const UNKNOWN_PATHS = [
  ...SLUGGED_ADDRESSES.map(({ type, address }) =>
    fillAddress(address, {
      slug: `no-such-${type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    }),
  ),
  fillAddress(CONTENT_TYPES.article.listing.pages, { page: 999999 }),
]
