import { LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import { LEGAL_SLUGS, PAGE_SLUGS } from '@chaffcent/content/routes'
import { describe, expect, it } from 'vitest'
import {
  ARTICLE_INDEX_QUERY,
  ARTICLE_QUERY,
  ARTICLE_SLUGS_QUERY,
  LATEST_ARTICLES_QUERY,
} from './articles/query'
import { articleSchema, articleSlugsSchema } from './articles/schema'
import { CATEGORIES_QUERY } from './categories/query'
import { categorySchema } from './categories'
import { homeSchema } from './home'
import { HOME_QUERY } from './home/query'
import { legalDocumentSchema } from './legal'
import { listingPageSchema } from './listing'
import { LISTING_PAGE_QUERY } from './listing/query'
import { LEGAL_DOCUMENT_QUERY } from './legal/query'
import { PAGE_QUERY } from './pages/query'
import { pageSchema } from './pages/schema'
import { articleCard } from './schemas'
import { SECTOR_QUERY, SECTORS_QUERY } from './sectors/query'
import { sectorCardSchema } from './sectors/card'
import { sectorSchema } from './sectors/schema'
import { SITE_SETTINGS_QUERY } from './settings/query'
import { siteSettingsSchema } from './settings/schema'
import { sitemapEntrySchema } from './sitemap'
import { SITEMAP_PARAMS, SITEMAP_QUERY } from './sitemap/query'
import { indexArticles, runQuery, WHOLE_INDEX } from './testing/dataset'
import { VENTURE_QUERY, VENTURES_QUERY } from './ventures/query'
import { ventureCardSchema, ventureSchema } from './ventures/schema'

/** Every query the routes run, over the real seed dataset, must give data its zod schema accepts whole. */
describe('every route query over the seed dataset', () => {
  it('site settings and home', async () => {
    siteSettingsSchema.parse(await runQuery(SITE_SETTINGS_QUERY))
    const home = homeSchema.parse(await runQuery(HOME_QUERY, { latestCount: 3 }))
    expect(home.pinnedInsights.length).toBeGreaterThan(0)
    expect(home.latestInsights).toHaveLength(3)
  })

  it('every article, the index pages and the latest list', async () => {
    const slugs = articleSlugsSchema.array().parse(await runQuery(ARTICLE_SLUGS_QUERY))
    expect(slugs.length).toBeGreaterThanOrEqual(9)
    for (const { slug } of slugs) {
      const article = articleSchema.parse(await runQuery(ARTICLE_QUERY, { slug, preview: false }))
      expect(article.slug).toBe(slug)
      expect(article.body.length).toBeGreaterThan(0)
    }
    const index = articleCard
      .array()
      .parse(indexArticles(await runQuery(ARTICLE_INDEX_QUERY, WHOLE_INDEX(null))))
    expect(index.map(({ slug }) => slug).sort()).toEqual(slugs.map(({ slug }) => slug).sort())
    const dates = index.map(({ publishedAt }) => publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    articleCard.array().parse(await runQuery(LATEST_ARTICLES_QUERY, { limit: 3 }))
  })

  it('categories filter the index to their own articles', async () => {
    const categories = categorySchema.array().parse(await runQuery(CATEGORIES_QUERY))
    for (const category of categories) {
      const index = articleCard
        .array()
        .parse(indexArticles(await runQuery(ARTICLE_INDEX_QUERY, WHOLE_INDEX(category.slug))))
      for (const article of index) expect(article.category.slug).toBe(category.slug)
    }
  })

  it('every sector and venture', async () => {
    const sectors = sectorCardSchema.array().parse(await runQuery(SECTORS_QUERY))
    expect(sectors.length).toBeGreaterThanOrEqual(6)
    for (const { slug } of sectors) sectorSchema.parse(await runQuery(SECTOR_QUERY, { slug }))
    const ventures = ventureCardSchema.array().parse(await runQuery(VENTURES_QUERY))
    expect(ventures.length).toBeGreaterThanOrEqual(4)
    for (const { slug } of ventures) ventureSchema.parse(await runQuery(VENTURE_QUERY, { slug }))
  })

  it('the three listing pages’ copy', async () => {
    for (const id of Object.values(LISTING_PAGE_IDS)) {
      const copy = listingPageSchema.parse(await runQuery(LISTING_PAGE_QUERY, { id }))
      expect(copy.intro?.length).toBeGreaterThan(0)
    }
  })

  it('the three legal documents and the four pages', async () => {
    for (const slug of LEGAL_SLUGS)
      legalDocumentSchema.parse(await runQuery(LEGAL_DOCUMENT_QUERY, { slug }))
    for (const slug of PAGE_SLUGS) pageSchema.parse(await runQuery(PAGE_QUERY, { slug }))
  })

  it('the sitemap: every document with a page, none left out', async () => {
    const entries = sitemapEntrySchema.array().parse(await runQuery(SITEMAP_QUERY, SITEMAP_PARAMS))
    const withPages = await runQuery(
      'count(*[_type in $types && defined(slug.current)])',
      SITEMAP_PARAMS,
    )
    expect(entries.length).toBe(withPages)
  })

  it('answers null for an unknown slug, so the page can 404', async () => {
    expect(await runQuery(ARTICLE_QUERY, { slug: 'no-such-article', preview: false })).toBeNull()
  })
})
