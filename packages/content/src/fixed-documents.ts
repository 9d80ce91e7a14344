import type { DocumentType } from './documents'
import { LEGAL_SLUGS, PAGE_SLUGS, SITE_ROUTES, type LegalSlug, type PageSlug } from './routes'

/**
 * Documents the site knows by a fixed address: the four pages and the three legal documents.
 * Like the singletons, editors change and publish them but never create, duplicate, delete
 * or unpublish one: a new page could never appear, and a deleted one would leave links to a 404.
 */
export const FIXED_DOCUMENT_TYPES = [
  'page',
  'legalDocument',
  'listingPage',
] as const satisfies DocumentType[]

/**
 * The listing pages whose copy (eyebrow, introduction, search and sharing) editors write:
 * one `listingPage` document each, at these ids.
 */
export const LISTING_PAGE_IDS = {
  insights: 'listing-insights',
  sectors: 'listing-sectors',
  ventures: 'listing-ventures',
} as const

export type ListingRoute = keyof typeof LISTING_PAGE_IDS

export const LISTING_ROUTES = Object.keys(LISTING_PAGE_IDS) as ListingRoute[]

export const fixedPageId = (slug: PageSlug) => `page-${slug}`
export const fixedLegalId = (slug: LegalSlug) => `legal-${slug}`

export interface FixedDocument {
  type: 'page' | 'legalDocument'
  id: string
  slug: string
  /** The desk item's title: the label the site links to it by. */
  title: string
}

const labelOf = (path: string) =>
  Object.values(SITE_ROUTES).find((route) => route.path === path)?.label ?? path

/** Every fixed document, pages first, in the order the desk lists them. */
export const FIXED_DOCUMENTS: readonly FixedDocument[] = [
  ...PAGE_SLUGS.map((slug) => ({
    type: 'page' as const,
    id: fixedPageId(slug),
    slug,
    title: labelOf(`/${slug}`),
  })),
  ...LEGAL_SLUGS.map((slug) => ({
    type: 'legalDocument' as const,
    id: fixedLegalId(slug),
    slug,
    title: labelOf(`/legal/${slug}`),
  })),
]
