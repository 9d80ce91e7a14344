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
} from './site-pages'

test('a published title change reaches every page that shows the article, and not before', async ({
  page,
  request,
  dataset,
}) => {
  const featured = article(ARTICLE_IDS.featured)
  const listing = article(ARTICLE_IDS.listsFeatured)
  const revisedTitle = `${featured.title} (revised)`
  const heading = page.getByRole('heading', { level: 1 })
  // Read once first: a previous test's restore may have expired the cache, and the first
  // read after an expiry is the one that fills it again.
  await open(page, featured.path)
  await expect(heading).toHaveText(featured.title)
  const lastModifiedBefore = (await sitemap(request)).get(featured.path)

  const changed = dataset.change(featured.doc._id, (doc) => ({
    ...doc,
    title: revisedTitle,
  }))
  expect(changed._updatedAt).not.toBe(lastModifiedBefore)

  // The copy has changed but nothing was published: every read is still the cached one.
  await open(page, featured.path)
  await expect(heading).toHaveText(featured.title)
  expect((await sitemap(request)).get(featured.path)).toBe(lastModifiedBefore)

  const tags = await publish(request, featured.doc, changed)
  // Its sectors' pages list their newest insights: the publish expires those too.
  const sectorTags = ((featured.doc.sectors ?? []) as { _ref: string }[]).map(
    ({ _ref }) => `sector:${dataset.find(_ref).slug?.current}`,
  )
  expect(sectorTags.length).toBeGreaterThan(0)
  expect([...tags].sort()).toEqual(
    ['article', `article:${featured.slug}`, 'home', ...sectorTags].sort(),
  )

  await open(page, featured.path)
  await expect(heading).toHaveText(revisedTitle)
  expect(await indexCardTitles(page, featured.slug)).toEqual([revisedTitle])
  await open(page, '/')
  await expect(cardLinks(homeInsights(page), featured.slug)).toHaveText(revisedTitle)
  await open(page, listing.path)
  await expect(cardLinks(furtherReading(page), featured.slug)).toHaveText(revisedTitle)
  expect((await sitemap(request)).get(featured.path)).toBe(changed._updatedAt)
})
