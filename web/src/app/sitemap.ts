import { LISTING_ROUTES } from '@chaffcent/content/content-types'
import { absoluteUrl, hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import type { MetadataRoute } from 'next'
import { getArticleIndex } from '@/content/articles'
import { getHome } from '@/content/home'
import { getListingPage } from '@/content/listing'
import { CATEGORY } from '@/content/schemas'
import { getSiteSettings } from '@/content/settings'
import { getSitemapEntries } from '@/content/sitemap'
import { insightsHref } from '@/routing/insights-pages'

const hidden = (copy: { seo: { noIndex: boolean } } | null) => copy?.seo.noIndex === true

/** Home and the listings, less those an editor marked "Hide from search engines". */
async function listingPaths(): Promise<{ paths: string[]; insightsListed: boolean }> {
  const [home, ...listings] = await Promise.all([getHome(), ...LISTING_ROUTES.map(getListingPage)])
  const shown = LISTING_ROUTES.filter((_, i) => !hidden(listings[i] ?? null))
  const paths = [...(hidden(home) ? [] : [SITE_ROUTES.home]), ...shown.map((r) => SITE_ROUTES[r])]
  return { paths: paths.map(({ path }) => path), insightsListed: shown.includes('insights') }
}

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
  const { paths, insightsListed } = await listingPaths()
  // Later pages of a hidden listing are hidden with it; a category's follow the category.
  const later = await laterIndexPages([...(insightsListed ? [null] : []), ...categories])
  const listings = [...paths, ...later]
  return [...listings.map((path) => ({ url: absoluteUrl(siteUrl, path) })), ...documents]
}
