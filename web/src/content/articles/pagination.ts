export const ARTICLES_PER_PAGE = 12

/** How many pages a list of `total` items fills; an empty list still has its first page. */
export function pageCountOf(total: number, perPage = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** Where page `page` (from 1) of a listing starts and ends, as a GROQ slice `[$start...$end]` takes them. */
export function pageRange(page: number, perPage = ARTICLES_PER_PAGE) {
  const start = (page - 1) * perPage
  return { start, end: start + perPage }
}
