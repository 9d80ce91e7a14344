import { getArticleIndex } from '@/content/articles'
import { getCategories } from '@/content/categories'
import { getHome, homeInsights } from '@/content/home'

/**
 * The articles `next build` renders: those the prerendered pages link to, so a visitor's first
 * click from them finds a page ready. That is the home page's articles (the newest three, or
 * those an editor pinned) and the first page of Insights and of each category: the newest 12
 * overall and in each category, at most 12 × (categories + 1) + 3 whatever the archive holds
 * (84 with the seed's six categories; all 13 of the seed). Every other article renders on its
 * first visit and is cached like the rest; the address check keeps unknown slugs a 404.
 */
export async function prerenderedArticles(): Promise<{ slug: string }[]> {
  const [home, categories] = await Promise.all([getHome(), getCategories()])
  const firstPages = await Promise.all(
    [null, ...categories.map(({ slug }) => slug)].map((category) => getArticleIndex(1, category)),
  )
  const linked = [
    ...(home ? homeInsights(home).articles : []),
    ...firstPages.flatMap(({ articles }) => articles),
  ]
  return [...new Set(linked.map(({ slug }) => slug))].map((slug) => ({ slug }))
}
