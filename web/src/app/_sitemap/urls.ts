import { contentType, type ListingRoute } from '@chaffcent/content/content-types'
import { LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import { HOME_INSIGHTS } from '@chaffcent/content/home-insights'
import { absoluteUrl, hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import { insightsHref } from '@/routing/insights-pages'
import { ARTICLES_PER_PAGE } from '@/content/articles/pagination'
import { ARTICLE, CATEGORY } from '@/content/schemas'
import type { SitemapDates, SitemapEntry } from '@/content/sitemap'
import { newest, type SitemapUrl } from '@/content/sitemap/parts'

/** The listing that pages through articles (Insights), from the content-type table. */
export const PAGED_LISTING = contentType(ARTICLE).listing!.route

/** What the sitemap is made of: the documents, their dates, and which listings and pages show. */
export interface SitemapSources {
  siteUrl: string
  entries: SitemapEntry[]
  dates: SitemapDates
  /** False when an editor hid the home page from search engines; `listings` leave hidden ones out. */
  home: boolean
  listings: ListingRoute[]
  /** Page 2 onwards of the Insights index, in all (category null) and in each category. */
  laterPages: { category: string | null; page: number }[]
}

/** The `_updatedAt` of the articles one page of a listing shows, in all or in one category. */
function articleDates({ articles }: SitemapDates, categoryId: string | null, page: number) {
  const listed = categoryId ? articles.filter(({ category }) => category === categoryId) : articles
  const start = (page - 1) * ARTICLES_PER_PAGE
  return listed.slice(start, start + ARTICLES_PER_PAGE).map(({ _updatedAt }) => _updatedAt)
}

/**
 * Every URL the sitemap lists, each with its lastmod: a document's own `_updatedAt`; a listing
 * or category page the newest of its own and of what that page shows; home its own and the
 * newest articles'.
 */
export function sitemapUrls({ siteUrl, entries, dates, ...shown }: SitemapSources): SitemapUrl[] {
  const url = (path: string, dated: (string | null | undefined)[]) => ({
    url: absoluteUrl(siteUrl, path),
    lastModified: newest(dated),
  })
  const copy = (route: ListingRoute) =>
    dates.listingPages.find(({ _id }) => _id === LISTING_PAGE_IDS[route])?._updatedAt
  const listedOn = (route: ListingRoute) =>
    entries
      .filter(({ _type }) => _type !== ARTICLE && contentType(_type).listing?.route === route)
      .map(({ lastModified }) => lastModified)
  const categoryPage = (slug: string | null, page: number) => {
    const category = entries.find((entry) => entry._type === CATEGORY && entry.slug === slug)
    if (!category) return [copy(PAGED_LISTING), ...articleDates(dates, null, page)]
    return [category.lastModified, ...articleDates(dates, category._id, page)]
  }
  return [
    ...(shown.home
      ? [url('/', [dates.home, ...articleDates(dates, null, 1).slice(0, HOME_INSIGHTS.count)])]
      : []),
    ...shown.listings.map((route) =>
      url(SITE_ROUTES[route].path, [
        copy(route),
        ...listedOn(route),
        ...(route === PAGED_LISTING ? articleDates(dates, null, 1) : []),
      ]),
    ),
    ...shown.laterPages.map(({ category, page }) =>
      url(insightsHref(page, category), categoryPage(category, page)),
    ),
    ...entries.flatMap((entry) => {
      const path = hrefFor(entry)
      if (!path) return []
      const dated = entry._type === CATEGORY ? categoryPage(entry.slug, 1) : [entry.lastModified]
      return [url(path, dated)]
    }),
  ]
}
