import { LISTING_ROUTES } from '@chaffcent/content/content-types'
import { absoluteUrl, hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import type { MetadataRoute } from 'next'
import { getArticleIndex } from '@/content/articles'
import { CATEGORY } from '@/content/schemas'
import { getSiteSettings } from '@/content/settings'
import { getSitemapEntries } from '@/content/sitemap'
import { insightsHref } from './insights/_index/params'

/** Routes that list documents rather than being one. */
const LISTING_PATHS = [SITE_ROUTES.home, ...LISTING_ROUTES.map((route) => SITE_ROUTES[route])].map(
  ({ path }) => path,
)

/** The later pages of the Insights index, in all and in each category that has them. */
async function laterIndexPages(categories: (string | null)[]): Promise<string[]> {
  const counts = await Promise.all(categories.map((category) => getArticleIndex(1, category)))
  return categories.flatMap((category, i) =>
    Array.from({ length: Math.max(0, counts[i]!.pageCount - 1) }, (_, page) =>
      insightsHref(page + 2, category),
    ),
  )
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [{ siteUrl }, entries] = await Promise.all([getSiteSettings(), getSitemapEntries()])
  const categories = entries.flatMap((entry) => (entry._type === CATEGORY ? [entry.slug] : []))
  const documents = entries.flatMap((entry) => {
    const path = hrefFor(entry)
    return path
      ? [{ url: absoluteUrl(siteUrl, path), lastModified: entry.lastModified ?? undefined }]
      : []
  })
  const listings = [...LISTING_PATHS, ...(await laterIndexPages([null, ...categories]))]
  return [...listings.map((path) => ({ url: absoluteUrl(siteUrl, path) })), ...documents]
}
