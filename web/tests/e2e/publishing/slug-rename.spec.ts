import { expect, publish, test } from './fixtures'
import {
  ARTICLE_IDS,
  article,
  articlePath,
  cardLinks,
  furtherReading,
  indexCardTitles,
  open,
  statusOf,
} from './site-pages'

test('a renamed slug moves the article to its new address everywhere', async ({
  page,
  request,
  dataset,
}) => {
  const renamed = article(ARTICLE_IDS.renamed)
  const newSlug = `${renamed.slug}-revised`
  expect(await statusOf(request, renamed.path)).toBe(200)
  expect(await statusOf(request, articlePath(newSlug))).toBe(404)

  const changed = dataset.change(renamed.doc._id, (doc) => ({
    ...doc,
    slug: { ...doc.slug, current: newSlug },
  }))
  const tags = await publish(request, renamed.doc, changed)
  expect(tags).toEqual(
    expect.arrayContaining([`article:${newSlug}`, `article:${renamed.slug}`, 'article']),
  )

  expect(await statusOf(request, renamed.path)).toBe(404)
  await open(page, articlePath(newSlug))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed.title)

  expect(await indexCardTitles(page, newSlug)).toEqual([renamed.title])
  expect(await indexCardTitles(page, renamed.slug)).toEqual([])

  await open(page, article(ARTICLE_IDS.listsRenamed).path)
  await expect(cardLinks(furtherReading(page), newSlug)).toHaveText(renamed.title)
  await expect(cardLinks(furtherReading(page), renamed.slug)).toHaveCount(0)
})
