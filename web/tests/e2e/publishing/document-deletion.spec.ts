import type { APIRequestContext, Page } from '@playwright/test'
import { expect, publish, test } from './fixtures'
import {
  ARTICLE_IDS,
  article,
  cardLinks,
  furtherReading,
  homeInsights,
  indexCardTitles,
  open,
  sitemap,
  statusOf,
} from './site-pages'

/** How many times each list shows the article: on the index, home, Further Reading and sitemap. */
async function appearances(page: Page, request: APIRequestContext, slug: string, path: string) {
  const listing = article(ARTICLE_IDS.listsFeatured)
  const index = (await indexCardTitles(page, slug)).length
  await open(page, '/')
  const home = await cardLinks(homeInsights(page), slug).count()
  await open(page, listing.path)
  const related = await cardLinks(furtherReading(page), slug).count()
  const inSitemap = (await sitemap(request)).has(path) ? 1 : 0
  return { index, home, related, inSitemap }
}

test('a deleted article answers 404 and leaves every list', async ({ page, request, dataset }) => {
  const deleted = article(ARTICLE_IDS.featured)
  const untouched = article(ARTICLE_IDS.untouched)
  expect(await appearances(page, request, deleted.slug, deleted.path)).toEqual({
    index: 1,
    home: 1,
    related: 1,
    inSitemap: 1,
  })

  await publish(request, dataset.remove(deleted.doc._id), null)

  expect(await statusOf(request, deleted.path)).toBe(404)
  expect(await appearances(page, request, deleted.slug, deleted.path)).toEqual({
    index: 0,
    home: 0,
    related: 0,
    inSitemap: 0,
  })
  // The lists lost one card, not all of them.
  expect(await indexCardTitles(page, untouched.slug)).toEqual([untouched.title])
})
