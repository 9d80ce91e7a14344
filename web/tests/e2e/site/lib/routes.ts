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

/** SITE.md's route table, asserted explicitly so a missing document cannot hide a route. */
export const FIXED_ROUTES = [
  '/',
  '/who-we-are',
  '/what-we-do',
  '/ventures',
  '/partnerships',
  '/sectors',
  '/insights',
  '/contact',
  '/legal/privacy',
  '/legal/terms',
  '/legal/modern-slavery',
] as const

function documentRoute(prefix: string, doc: SeedDocument): RouteExpectation {
  return {
    path: `${prefix}/${slugOf(doc)}`,
    title: doc.seo?.title ?? doc.title ?? doc.name ?? '',
    description: doc.seo?.description ?? doc.excerpt ?? doc.summary,
  }
}

/** Every page of the site: the fixed routes, one per document, and the Insights filters. */
export function siteRoutes(): RouteExpectation[] {
  const home = documentById('home')
  return [
    { path: '/', title: LEGAL_NAME, standalone: true, description: home.seo?.description },
    ...documentsOfType('page').map((doc) => documentRoute('', doc)),
    { path: '/ventures', title: 'Ventures & Platforms' },
    ...documentsOfType('venture').map((doc) => documentRoute('/ventures', doc)),
    { path: '/sectors', title: 'Sectors We Serve' },
    ...documentsOfType('sector').map((doc) => documentRoute('/sectors', doc)),
    { path: '/insights', title: 'Insights' },
    ...documentsOfType('category').map((doc) => ({
      path: `/insights/category/${slugOf(doc)}`,
      title: `${doc.title} insights`,
      description: doc.description,
    })),
    { path: '/insights/page/2', title: 'Insights, page 2' },
    ...articlesNewestFirst().map((doc) => documentRoute('/insights', doc)),
    ...documentsOfType('legalDocument').map((doc) => documentRoute('/legal', doc)),
  ]
}

/** Addresses nothing in the dataset answers, one under each kind of route. */
export const UNKNOWN_PATHS = [
  '/insights/no-such-article',
  '/sectors/no-such-sector',
  '/ventures/no-such-venture',
  '/legal/no-such-document',
  '/no-such-page',
  '/insights/page/999999',
] as const
