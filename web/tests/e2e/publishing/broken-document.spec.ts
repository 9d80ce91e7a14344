import type { StoredDocument } from '../../support/publishing-helpers'
import { expect, publish, test } from './fixtures'
import {
  ARTICLE_IDS,
  article,
  cardLinks,
  furtherReading,
  indexCardTitles,
  open,
  sitemap,
  statusOf,
} from './site-pages'

const breakages: [string, (doc: StoredDocument) => StoredDocument][] = [
  [
    'a category reference to a missing document',
    (doc) => ({ ...doc, category: { _type: 'reference', _ref: 'category-that-does-not-exist' } }),
  ],
  ['an excerpt set to null', (doc) => ({ ...doc, excerpt: null })],
]

for (const [name, breakDocument] of breakages) {
  test(`an article published with ${name} leaves the site and breaks nothing else`, async ({
    page,
    request,
    dataset,
  }) => {
    const broken = article(ARTICLE_IDS.broken)
    const listing = article(ARTICLE_IDS.listsBroken)
    const other = article(ARTICLE_IDS.untouched)
    expect(await statusOf(request, broken.path)).toBe(200)
    expect(await indexCardTitles(page, broken.slug)).toEqual([broken.title])
    await open(page, listing.path)
    await expect(cardLinks(furtherReading(page), broken.slug)).toHaveCount(1)

    await publish(request, broken.doc, dataset.change(broken.doc._id, breakDocument))

    expect(await statusOf(request, broken.path)).toBe(404)
    expect(await indexCardTitles(page, broken.slug)).toEqual([])
    expect(await indexCardTitles(page, other.slug)).toEqual([other.title])
    await open(page, listing.path)
    await expect(cardLinks(furtherReading(page), broken.slug)).toHaveCount(0)
    await expect(furtherReading(page)).toBeVisible()
    await open(page, '/')
    await open(page, other.path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.title)
  })

  test(`an article published with ${name} leaves the sitemap`, async ({ request, dataset }) => {
    const broken = article(ARTICLE_IDS.broken)
    expect((await sitemap(request)).has(broken.path)).toBe(true)

    await publish(request, broken.doc, dataset.change(broken.doc._id, breakDocument))

    expect(await statusOf(request, broken.path)).toBe(404)
    expect((await sitemap(request)).has(broken.path)).toBe(false)
  })
}
