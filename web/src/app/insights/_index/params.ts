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

/** Page numbers 2 and up that a list of this many pages has; at least one, as the build requires. */
export function laterPages(pageCount: number): { page: string }[] {
  const count = Math.max(pageCount, 2)
  return Array.from({ length: count - 1 }, (_, index) => ({ page: String(index + 2) }))
}
