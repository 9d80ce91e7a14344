import {
  contentType,
  DOCUMENT_TYPES,
  PAGED_TYPES,
  type DocumentType,
  type SluggedType,
} from '@chaffcent/content/content-types'
import { INSIGHTS_FEED } from '@chaffcent/content/feed'
import { isValidSlug } from '@chaffcent/content/slug'
import { TOP_LEVEL_ROUTES } from '@chaffcent/content/top-level-routes'
import { pageNumber } from './insights-pages'
import type { Listing } from '@/content/known-slugs'

/** Fixed addresses inside a slugged section, e.g. `/insights/feed.xml` beside `/insights/[slug]`. */
export const SECTION_FILE_ROUTES = [INSIGHTS_FEED.path]

/** An address pattern of the table as a regular expression capturing `slug` and `page`. */
const matcher = (pattern: string, tail = '') =>
  new RegExp(
    `^${pattern
      .replace(/[.]/g, '\\.')
      .replace(':slug', '(?<slug>[^/]+)')
      .replace(':page', '(?<page>[^/]+)')}${tail}$`,
  )

/** Each type's own address with a slug (and its sharing image), longest first: `/:slug` last. */
const SLUGGED = DOCUMENT_TYPES.flatMap((type) => {
  const { address } = contentType(type)
  return address?.includes(':slug')
    ? [{ type, address, match: matcher(address, '(?:/opengraph-image)?') }]
    : []
}).sort((a, b) => b.address.split('/').length - a.address.split('/').length)

/**
 * Page 2 onwards of each paginated listing, and what it lists: every article (the Insights
 * listing's pages), or the articles filed under the document whose slug the address holds.
 */
const PAGINATED: { of: Listing['of']; match: RegExp }[] = [
  ...DOCUMENT_TYPES.flatMap((type) => {
    const pages = contentType(type).listing?.pages
    return pages ? [{ of: 'all' as const, match: matcher(pages) }] : []
  }),
  ...PAGED_TYPES.map((type) => ({ of: type, match: matcher(contentType(type).pages!) })),
]

export type Verdict =
  | { kind: 'exists' }
  | { kind: 'cannot-exist' }
  | { kind: 'if-published'; type: SluggedType; slug: string }
  | { kind: 'if-page-exists'; listing: Listing; page: number }

function documentVerdict(type: DocumentType, slug: string): Verdict {
  const { fixed, knownTo } = contentType(type)
  if (!isValidSlug(slug)) return { kind: 'cannot-exist' }
  // Asked first: a type editors add to beside its fixed documents (pages) has any slug.
  if (knownTo?.includes('addressCheck')) {
    return { kind: 'if-published', type: type as SluggedType, slug }
  }
  if (Array.isArray(fixed)) {
    return fixed.includes(slug) ? { kind: 'exists' } : { kind: 'cannot-exist' }
  }
  return { kind: 'exists' }
}

function laterPage(of: Listing['of'], slug: string | undefined, segment: string): Verdict {
  const page = pageNumber(segment)
  if (page === null) return { kind: 'cannot-exist' }
  if (of === 'all') return { kind: 'if-page-exists', listing: { of }, page }
  return slug !== undefined && isValidSlug(slug)
    ? { kind: 'if-page-exists', listing: { of, slug }, page }
    : { kind: 'cannot-exist' }
}

/**
 * What an address can be, from its shape alone: a fixed document (a page, a legal document)
 * outside its closed list, a slug the studio could never save, or a page number the listing
 * would never print (1, padded, signed, huge, a word), cannot exist; a slug of the right shape
 * exists if a document of that type has it, a later page if its listing is that long.
 */
export function classifyAddress(pathname: string): Verdict {
  const top = /^\/([^/]+)$/.exec(pathname)?.[1]
  if (top !== undefined && TOP_LEVEL_ROUTES.includes(top)) return { kind: 'exists' }
  if ((SECTION_FILE_ROUTES as readonly string[]).includes(pathname)) return { kind: 'exists' }
  for (const { of, match } of PAGINATED) {
    const found = match.exec(pathname)?.groups
    if (found) return laterPage(of, found.slug, found.page!)
  }
  for (const { type, match } of SLUGGED) {
    const slug = match.exec(pathname)?.groups?.slug
    if (slug !== undefined) return documentVerdict(type, slug)
  }
  return { kind: 'exists' }
}
