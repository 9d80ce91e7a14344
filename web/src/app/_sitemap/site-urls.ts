import { LISTING_ROUTES } from '@chaffcent/content/content-types'
import { getArticleIndex } from '@/content/articles'
import { getHome } from '@/content/home'
import { getListingPage } from '@/content/listing'
import { CATEGORY } from '@/content/schemas'
import { getSiteSettings } from '@/content/settings'
import { getSitemapDates, getSitemapEntries } from '@/content/sitemap'
import type { SitemapUrl } from '@/content/sitemap/parts'
import { PAGED_LISTING, sitemapUrls } from './urls'

const hidden = (copy: { seo: { noIndex: boolean } } | null) => copy?.seo.noIndex === true

/** The later pages of the Insights index, in all (null) and in each category that has them. */
async function laterIndexPages(categories: (string | null)[]) {
  const counts = await Promise.all(categories.map((category) => getArticleIndex(1, category)))
  return categories.flatMap((category, i) =>
    Array.from({ length: Math.max(0, counts[i]!.pageCount - 1) }, (_, n) => ({
      category,
      page: n + 2,
    })),
  )
}

/**
 * The sitemap's URLs from the content: home and the listings less those an editor marked
 * "Hide from search engines"; later pages of a hidden listing are hidden with it, and a
 * category's follow the category.
 */
export async function siteSitemapUrls(): Promise<SitemapUrl[]> {
  const [{ siteUrl }, entries, dates, home, ...copies] = await Promise.all([
    getSiteSettings(),
    getSitemapEntries(),
    getSitemapDates(),
    getHome(),
    ...LISTING_ROUTES.map(getListingPage),
  ])
  const listings = LISTING_ROUTES.filter((_, i) => !hidden(copies[i] ?? null))
  const categories = entries.flatMap((entry) => (entry._type === CATEGORY ? [entry.slug] : []))
  const laterPages = await laterIndexPages([
    ...(listings.includes(PAGED_LISTING) ? [null] : []),
    ...categories,
  ])
  return sitemapUrls({ siteUrl, entries, dates, home: !hidden(home), listings, laterPages })
}
