import { CONTENT_TYPES } from '@chaffcent/content/content-types'
import { fillAddress } from '@chaffcent/content/routes'

/** A page number from the URL, or null when the segment is not a whole number of 2 or more. */
export function pageNumber(segment: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(segment)) return null
  const page = Number(segment)
  return page >= 2 ? page : null
}

/** The address of one page of the index, in one category or all; page 1 has no page segment. */
export function insightsHref(page: number, category: string | null): string {
  return category
    ? fillAddress(CONTENT_TYPES.category.pages, { slug: category, page })
    : fillAddress(CONTENT_TYPES.article.listing.pages, { page })
}

/**
 * The one later page of a listing `next build` renders, in all or in a category: the build needs
 * one (Cache Components), and page 2 is the one page 1 links to. The rest render on their first
 * visit, so the build does not grow with the archive; while a listing has one page, it is a 404.
 */
export const PRERENDERED_LATER_PAGE = { page: '2' }
