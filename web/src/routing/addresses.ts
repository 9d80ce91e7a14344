import {
  contentType,
  DOCUMENT_TYPES,
  type DocumentType,
  type SluggedType,
} from '@chaffcent/content/content-types'
import { INSIGHTS_FEED } from '@chaffcent/content/feed'
import { isValidSlug } from '@chaffcent/content/slug'

/** The first segment of each address in the content-type table that has one of its own. */
const SECTIONS = DOCUMENT_TYPES.flatMap((type) => {
  const section = /^\/([^/:]+)\//.exec(contentType(type).address ?? '')?.[1]
  return section ? [section] : []
})

/**
 * Top-level addresses served by their own routes rather than `[page]`; a test keeps
 * this in step with `src/app`.
 */
export const TOP_LEVEL_ROUTES = [
  ...new Set(SECTIONS),
  'api',
  'images',
  'favicon.ico',
  'icon.svg',
  'opengraph-image',
  'robots.txt',
  'sitemap.xml',
]

/** Fixed addresses inside a slugged section, e.g. `/insights/feed.xml` beside `/insights/[slug]`. */
export const SECTION_FILE_ROUTES = [INSIGHTS_FEED.path]

/** An address pattern of the table as a regular expression; a page's sharing image goes with it. */
const matcher = (pattern: string) =>
  new RegExp(
    `^${pattern.replace(/[.]/g, '\\.').replace(':slug', '(?<slug>[^/]+)').replace(':page', '[^/]+')}(?:/opengraph-image)?$`,
  )

/** Each type's addresses that carry a slug, longest first so `/:slug` (pages) is tried last. */
const SLUGGED = DOCUMENT_TYPES.flatMap((type) => {
  const { address, pages } = contentType(type)
  return [address, pages].flatMap((pattern) =>
    pattern?.includes(':slug') ? [{ type, pattern, match: matcher(pattern) }] : [],
  )
}).sort((a, b) => b.pattern.split('/').length - a.pattern.split('/').length)

export type Verdict =
  | { kind: 'exists' }
  | { kind: 'cannot-exist' }
  | { kind: 'if-published'; type: SluggedType; slug: string }

function verdictFor(type: DocumentType, slug: string): Verdict {
  const { fixed, knownTo } = contentType(type)
  if (Array.isArray(fixed))
    return fixed.includes(slug) ? { kind: 'exists' } : { kind: 'cannot-exist' }
  if (!isValidSlug(slug)) return { kind: 'cannot-exist' }
  return knownTo?.includes('addressCheck')
    ? { kind: 'if-published', type: type as SluggedType, slug }
    : { kind: 'exists' }
}

/**
 * What an address can be, from its shape alone: a fixed document (a page, a legal document)
 * outside its closed list, or a slug the studio could never save, cannot exist; a slug of the
 * right shape exists if a document of that type has it.
 */
export function classifyAddress(pathname: string): Verdict {
  const top = /^\/([^/]+)$/.exec(pathname)?.[1]
  if (top !== undefined && TOP_LEVEL_ROUTES.includes(top)) return { kind: 'exists' }
  if ((SECTION_FILE_ROUTES as readonly string[]).includes(pathname)) return { kind: 'exists' }
  for (const { type, match } of SLUGGED) {
    const slug = match.exec(pathname)?.groups?.slug
    if (slug !== undefined) return verdictFor(type, slug)
  }
  return { kind: 'exists' }
}
