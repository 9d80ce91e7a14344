import { SITE_ROUTES } from '@chaffcent/content/routes'

type SearchParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** The Insights index's page and category from its query string; anything odd falls back to page 1, all categories. */
export function readIndexParams(params: SearchParams): { page: number; category: string | null } {
  const page = Number.parseInt(first(params.page) ?? '1', 10)
  const category = first(params.category)?.trim()
  return {
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
    category: category && /^[a-z0-9-]{1,96}$/.test(category) ? category : null,
  }
}

export function insightsHref(page: number, category: string | null): string {
  const query = new URLSearchParams()
  if (category) query.set('category', category)
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `${SITE_ROUTES.insights.path}?${search}` : SITE_ROUTES.insights.path
}
