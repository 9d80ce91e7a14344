export const ARTICLES_PER_PAGE = 12

/** How many pages a list of `total` items fills; an empty list still has its first page. */
export function pageCountOf(total: number, perPage = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** One page of a list, with how many pages there are; a page past the end is empty. */
export function pageOf<T>(items: T[], page: number, perPage = ARTICLES_PER_PAGE) {
  const start = (page - 1) * perPage
  return {
    items: items.slice(start, start + perPage),
    total: items.length,
    pageCount: pageCountOf(items.length, perPage),
  }
}
