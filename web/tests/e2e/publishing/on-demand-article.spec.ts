import { servePage } from '../../support/page-cache'
import { htmlShows } from '../../support/publish-cases'
import { expect, publish, test } from './fixtures'
import { ARTICLE_IDS, article, articlePath } from './site-pages'

const DAY_MS = 24 * 60 * 60 * 1000
/** More than the first page of its category and of Insights hold (12): the oldest is on neither. */
const ARCHIVED = 13

test('an archived article the build did not prerender answers 200 on its first visit, then from the cache', async ({
  request,
  dataset,
}) => {
  const original = article(ARTICLE_IDS.untouched)
  const oldest = Date.parse(String(original.doc.publishedAt))
  // The archive grows by older copies in the original's category, published one by one.
  for (let n = 1; n <= ARCHIVED; n++) {
    const copy = dataset.add({
      ...original.doc,
      _id: `${original.doc._id}-archive-${n}`,
      title: `${original.title} (archive ${n})`,
      slug: { ...original.doc.slug, current: `${original.slug}-archive-${n}` },
      publishedAt: new Date(oldest - n * 365 * DAY_MS).toISOString().slice(0, 10),
    })
    await publish(request, null, copy)
  }
  const path = articlePath(`${original.slug}-archive-${ARCHIVED}`)
  const title = `${original.title} (archive ${ARCHIVED})`

  const first = await servePage(request, path)
  expect(first.status).toBe(200)
  expect(htmlShows(first.html, title)).toBe(true)
  expect(first.cache).not.toBe('HIT')

  const again = await servePage(request, path)
  expect(again.status).toBe(200)
  expect(again.cache).toBe('HIT')
  expect(htmlShows(again.html, title)).toBe(true)
})
