import { contentType, DOCUMENT_TYPES } from './content-types'

/** The first segment of each address in the content-type table that has one of its own. */
const SECTIONS = DOCUMENT_TYPES.flatMap((type) => {
  const section = /^\/([^/:]+)\//.exec(contentType(type).address ?? '')?.[1]
  return section ? [section] : []
})

/**
 * Top-level addresses served by the site's own routes rather than by a page at `/:slug`; a
 * test keeps this in step with the site's `src/app`. The address check lets them through, and
 * no page may take one as its slug (the route would hide the page).
 */
export const TOP_LEVEL_ROUTES: readonly string[] = [
  ...new Set(SECTIONS),
  'api',
  'images',
  'search',
  'favicon.ico',
  'icon.svg',
  'opengraph-image',
  'robots.txt',
  'sitemap.xml',
]

/** Whether a page at `/<slug>` would sit under one of the site's own routes. */
export const isReservedPageSlug = (slug: string) => TOP_LEVEL_ROUTES.includes(slug)
