import { INSIGHTS_FEED } from '@chaffcent/content/feed'
import { LEGAL_SLUGS, PAGE_SLUGS } from '@chaffcent/content/routes'
import { isValidSlug } from '@chaffcent/content/slug'
import type { SluggedType } from '@/content/known-slugs'

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

/** Where each slugged route keeps its slug, and the type whose slug it is. */
const SLUGGED: [RegExp, SluggedType][] = [
  [/^\/insights\/category\/([^/]+)(?:\/page\/[^/]+)?$/, 'category'],
  [/^\/insights\/([^/]+)(?:\/opengraph-image)?$/, 'article'],
  [/^\/sectors\/([^/]+)$/, 'sector'],
  [/^\/ventures\/([^/]+)$/, 'venture'],
]

export type Verdict =
  | { kind: 'exists' }
  | { kind: 'cannot-exist' }
  | { kind: 'if-published'; type: SluggedType; slug: string }

/**
 * What an address can be, from its shape alone: a page or legal document outside the
 * closed lists, or a slug the studio could never save, cannot exist; a slug of the
 * right shape exists if a document of that type has it.
 */
export function classifyAddress(pathname: string): Verdict {
  const top = /^\/([^/]+)$/.exec(pathname)?.[1]
  if (top !== undefined) return TOP_LEVEL.has(top) ? { kind: 'exists' } : { kind: 'cannot-exist' }
  const legalSlug = /^\/legal\/([^/]+)$/.exec(pathname)?.[1]
  if (legalSlug !== undefined) {
    return legal.includes(legalSlug) ? { kind: 'exists' } : { kind: 'cannot-exist' }
  }
  if ((SECTION_FILE_ROUTES as readonly string[]).includes(pathname)) return { kind: 'exists' }
  for (const [pattern, type] of SLUGGED) {
    const slug = pattern.exec(pathname)?.[1]
    if (slug === undefined) continue
    return isValidSlug(slug) ? { kind: 'if-published', type, slug } : { kind: 'cannot-exist' }
  }
  return { kind: 'exists' }
}
