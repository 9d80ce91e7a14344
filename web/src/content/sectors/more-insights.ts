import { hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import type { ArticleCard } from '../schemas'

export interface MoreInsightsLink {
  href: string
  label: string
}

/**
 * Where a sector page sends a reader for more of its thinking: the category most of the
 * insights it shows are filed under (more than half of them), else the whole Insights list.
 * A sector is not a category, so a mixed handful is better served by everything.
 */
export function moreInsightsLink(insights: readonly ArticleCard[]): MoreInsightsLink {
  const counts = new Map<string, number>()
  for (const { category } of insights)
    counts.set(category.slug, (counts.get(category.slug) ?? 0) + 1)
  const fitting = insights.find(({ category }) => counts.get(category.slug)! * 2 > insights.length)
  const href = fitting && hrefFor(fitting.category)
  if (fitting && href) return { href, label: `More ${fitting.category.title} insights` }
  return {
    href: SITE_ROUTES.insights.path,
    label: `All ${SITE_ROUTES.insights.label.toLowerCase()}`,
  }
}
