import { SEARCH_PATH } from '@/components/search/SearchForm'

/** The address of one page of results; the first page has no `page` parameter. */
export function searchHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('page', String(page))
  return `${SEARCH_PATH}?${params.toString()}`
}
