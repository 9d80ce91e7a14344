import {
  contentType,
  DOCUMENT_TYPES,
  isDocumentType,
  LISTING_ROUTES,
  type CONTENT_TYPES,
  type ListingRoute,
  TYPE,
} from './content-types'
import { LEGAL_SLUGS, PAGE_SLUGS, SITE_ROUTES, type LegalSlug, type PageSlug } from './routes'

type Table = typeof CONTENT_TYPES
type FixedAs<Kind> = {
  [T in keyof Table]: Table[T] extends { fixed: Kind } ? T : never
}[keyof Table]

/** Documents there is only ever one of: the desk shows them as fixed items. */
export type SingletonType = FixedAs<'singleton'>
export const SINGLETON_TYPES = DOCUMENT_TYPES.filter(
  (type) => contentType(type).fixed === 'singleton',
) as SingletonType[]

/** A singleton's fixed id, so studio, seed and web agree on it: its type name. */
export const singletonId = (type: SingletonType): string => type

/**
 * Documents the site knows by a fixed address (the pages and the legal documents) and the
 * listings' copy. Like the singletons, editors change and publish them but never duplicate,
 * delete, unpublish or move one: a deleted one would leave links to a 404. Types listed here
 * whose editors may also `create` (pages) have other documents besides, which are not fixed.
 */
export const FIXED_DOCUMENT_TYPES = DOCUMENT_TYPES.filter((type) => {
  const fixed = contentType(type).fixed
  return fixed !== undefined && fixed !== 'singleton'
})

/**
 * The listing pages whose copy (eyebrow, introduction, search and sharing) editors write:
 * one `listingPage` document each, at these ids.
 */
export const LISTING_PAGE_IDS = Object.fromEntries(
  LISTING_ROUTES.map((route) => [route, `listing-${route}`]),
) as { [R in ListingRoute]: `listing-${R}` }

export const fixedPageId = (slug: PageSlug) => `page-${slug}`
export const fixedLegalId = (slug: LegalSlug) => `legal-${slug}`

export interface FixedDocument {
  type: FixedAs<readonly string[]>
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
    type: TYPE.page,
    id: fixedPageId(slug),
    slug,
    title: labelOf(`/${slug}`),
  })),
  ...LEGAL_SLUGS.map((slug) => ({
    type: TYPE.legalDocument,
    id: fixedLegalId(slug),
    slug,
    title: labelOf(`/legal/${slug}`),
  })),
]

/** The fixed page or legal document at this id (a draft's id included), if it is one. */
export const fixedDocumentAt = (id: string): FixedDocument | undefined =>
  FIXED_DOCUMENTS.find((doc) => doc.id === id.replace(/^drafts\./, ''))

/**
 * Whether editors may only change and publish this document: a singleton, a listing's copy, a
 * document of a type that is fixed throughout (legal documents), or one of the fixed pages.
 */
export function isFixedDocument(type: string, id: string): boolean {
  if (!isDocumentType(type)) return false
  const { fixed, editors = [] } = contentType(type)
  if (fixed === undefined) return false
  if (!Array.isArray(fixed) || !(editors as readonly string[]).includes('create')) return true
  return fixedDocumentAt(id) !== undefined
}
