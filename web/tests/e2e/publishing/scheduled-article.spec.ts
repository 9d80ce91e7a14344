import { expect, publish, test } from './fixtures'
import { ARTICLE_IDS, article, articlePath, indexCardTitles, sitemap, statusOf } from './site-pages'

const SLUG = 'a-scheduled-article'
const TITLE = 'A scheduled article'
/** Far enough ahead for the checks before it; the wait after it is bounded by `APPEARS_WITHIN`. */
const SCHEDULED_IN_MS = 40_000
const APPEARS_WITHIN = { timeout: SCHEDULED_IN_MS + 60_000, intervals: [2_000] }

test('a scheduled article stays off the site until its time, then appears with nobody acting', async ({
  page,
  request,
  dataset,
}) => {
  test.setTimeout(3 * 60_000)
  const path = articlePath(SLUG)
  const publishedAt = new Date(Date.now() + SCHEDULED_IN_MS).toISOString()
  const scheduled = dataset.add({
    ...article(ARTICLE_IDS.untouched).doc,
    _id: 'article-scheduled-in-e2e',
    title: TITLE,
    slug: { current: SLUG },
    publishedAt,
  })
  await publish(request, null, scheduled)

  expect(await statusOf(request, path)).toBe(404)
  expect(await indexCardTitles(page, SLUG)).toEqual([])
  expect((await sitemap(request)).has(path)).toBe(false)
  // The checks above must have seen the site before the article's time, or they prove nothing.
  expect(new Date().toISOString() < publishedAt).toBe(true)

  // No further publish: the reads that showed no article expire at its time on their own.
  await expect.poll(() => statusOf(request, path), APPEARS_WITHIN).toBe(200)
  await expect.poll(async () => (await sitemap(request)).has(path), APPEARS_WITHIN).toBe(true)
  await expect.poll(() => indexCardTitles(page, SLUG), APPEARS_WITHIN).toEqual([TITLE])
})
