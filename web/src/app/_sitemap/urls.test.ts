import { LISTING_ROUTES } from '@chaffcent/content/content-types'
import { describe, expect, it } from 'vitest'
import { ARTICLE_INDEX_QUERY } from '@/content/articles/query'
import { pageCountOf, pageRange } from '@/content/articles/pagination'
import { runQuery } from '@/content/testing/dataset'
import { validList } from '@/content/validate'
import { sitemapDatesSchema, sitemapEntrySchema } from '@/content/sitemap'
import { SITEMAP_DATES_QUERY, SITEMAP_PARAMS, SITEMAP_QUERY } from '@/content/sitemap/query'
import { sitemapUrls } from './urls'

/** The sitemap's URLs over the seed, with Insights long enough to have later pages. */
async function seedSitemap(laterPages: { category: string | null; page: number }[] = []) {
  const entries = validList(sitemapEntrySchema, await runQuery(SITEMAP_QUERY, SITEMAP_PARAMS), 'e')
  const dates = sitemapDatesSchema.parse(await runQuery(SITEMAP_DATES_QUERY))
  const siteUrl = 'https://www.example.com'
  return sitemapUrls({
    siteUrl,
    entries,
    dates,
    home: true,
    listings: [...LISTING_ROUTES],
    laterPages,
  })
}

describe('the sitemap over the seed', () => {
  it('dates every URL: documents, home, listings, categories and later pages', async () => {
    const { total } = (await runQuery(ARTICLE_INDEX_QUERY, {
      category: null,
      ...pageRange(1),
    })) as { total: number }
    const urls = await seedSitemap([
      { category: null, page: pageCountOf(total) + 1 },
      { category: 'technology', page: 2 },
    ])
    const paths = urls.map(({ url }) => new URL(url).pathname)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/insights',
        '/sectors',
        '/ventures',
        '/insights/category/technology',
        '/contact',
      ]),
    )
    expect(urls.filter(({ lastModified }) => !lastModified)).toEqual([])
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('dates a listing by the newest of its copy and what it shows', async () => {
    const dates = sitemapDatesSchema.parse(await runQuery(SITEMAP_DATES_QUERY))
    const newestArticle = dates.articles
      .map(({ _updatedAt }) => _updatedAt!)
      .sort()
      .at(-1)
    const insights = (await seedSitemap()).find(({ url }) => url.endsWith('/insights'))
    const copy = dates.listingPages.find(({ _id }) => _id === 'listing-insights')?._updatedAt
    expect(insights?.lastModified).toBe([newestArticle, copy].sort().at(-1))
  })
})
