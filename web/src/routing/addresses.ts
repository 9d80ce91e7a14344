import { INSIGHTS_FEED } from '@chaffcent/content/feed'
import { LEGAL_SLUGS, PAGE_SLUGS } from '@chaffcent/content/routes'
import { isValidSlug } from '@chaffcent/content/slug'
import { pageNumber } from '@/app/insights/_index/params'
import type { Listing, SluggedType } from '@/content/known-slugs'

/**
 * Top-level addresses served by their own routes rather than `[page]`; a test keeps
 * this in step with `src/app`.
 */
export const TOP_LEVEL_ROUTES = [
  'api',
  'images',
  'insights',
  'legal',
  'search',
  'sectors',
  'ventures',
  'favicon.ico',
  'icon.svg',
  'opengraph-image',
  'robots.txt',
  'sitemap.xml',
]

/** Fixed addresses inside a slugged section, e.g. `/insights/feed.xml` beside `/insights/[slug]`. */
export const SECTION_FILE_ROUTES = [INSIGHTS_FEED.path]

const pages: readonly string[] = PAGE_SLUGS
const legal: readonly string[] = LEGAL_SLUGS
const TOP_LEVEL = new Set<string>([...TOP_LEVEL_ROUTES, ...pages])

/**
 * Page 2 onwards of each paginated listing, and what it lists: every article, or the
 * articles of the category whose slug the address holds.
 */
const PAGINATED: [RegExp, Listing['of']][] = [
  [/^\/insights\/page\/(?<page>[^/]+)$/, 'all'],
  [/^\/insights\/category\/(?<slug>[^/]+)\/page\/(?<page>[^/]+)$/, 'category'],
]

/** Where each slugged route keeps its slug, and the type whose slug it is. */
const SLUGGED: [RegExp, SluggedType][] = [
  [/^\/insights\/category\/([^/]+)$/, 'category'],
  [/^\/insights\/([^/]+)(?:\/opengraph-image)?$/, 'article'],
  [/^\/sectors\/([^/]+)$/, 'sector'],
  [/^\/ventures\/([^/]+)$/, 'venture'],
]

export type Verdict =
  | { kind: 'exists' }
  | { kind: 'cannot-exist' }
  | { kind: 'if-published'; type: SluggedType; slug: string }
  | { kind: 'if-page-exists'; listing: Listing; page: number }

/**
 * What an address can be, from its shape alone: a page or legal document outside the
 * closed lists, a slug the studio could never save, or a page number the listing would
 * never print (1, padded, signed, huge, a word), cannot exist; a slug of the right shape
 * exists if a document of that type has it, a later page if its listing is that long.
 */
export function classifyAddress(pathname: string): Verdict {
  const top = /^\/([^/]+)$/.exec(pathname)?.[1]
  if (top !== undefined) return TOP_LEVEL.has(top) ? { kind: 'exists' } : { kind: 'cannot-exist' }
  const legalSlug = /^\/legal\/([^/]+)$/.exec(pathname)?.[1]
  if (legalSlug !== undefined) {
    return legal.includes(legalSlug) ? { kind: 'exists' } : { kind: 'cannot-exist' }
  }
  if ((SECTION_FILE_ROUTES as readonly string[]).includes(pathname)) return { kind: 'exists' }
  for (const [pattern, of] of PAGINATED) {
    const found = pattern.exec(pathname)?.groups
    if (found) return laterPage(of, found.slug, found.page!)
  }
  for (const [pattern, type] of SLUGGED) {
    const slug = pattern.exec(pathname)?.[1]
    if (slug === undefined) continue
    return isValidSlug(slug) ? { kind: 'if-published', type, slug } : { kind: 'cannot-exist' }
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
