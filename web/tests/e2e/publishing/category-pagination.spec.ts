import { readDataset } from '../../support/publishing-helpers'
import { expect, publish, test } from './fixtures'
import { articlePath, cardLinks, open, statusOf } from './site-pages'

const CATEGORY = {
  id: 'category-infrastructure-energy',
  path: '/insights/category/infrastructure-energy',
}
const PER_PAGE = 12

test('a category with more articles than one page fills its second page', async ({
  page,
  request,
  dataset,
}) => {
  const inCategory = readDataset().filter(
    (doc) => doc._type === 'article' && (doc.category as { _ref?: string })?._ref === CATEGORY.id,
  )
  expect(inCategory.length).toBeLessThanOrEqual(PER_PAGE)
  const template = inCategory[0]!
  // Older than every seed article, so they sort last and the oldest ends page 2.
  const added = Array.from({ length: PER_PAGE + 1 - inCategory.length }, (_, index) => {
    const number = String(index + 1).padStart(2, '0')
    return dataset.add({
      ...template,
      _id: `article-pagination-filler-${number}`,
      title: `Pagination filler ${number}`,
      slug: { ...template.slug, current: `pagination-filler-${number}` },
      publishedAt: `2001-01-${number}T09:00:00Z`,
      related: [],
    })
  })
  for (const doc of added) await publish(request, null, doc)

  await open(page, `${CATEGORY.path}/page/2`)
  const oldest = added[0]!
  await expect(cardLinks(page, oldest.slug!.current!)).toHaveText(String(oldest.title))
  await open(page, CATEGORY.path)
  await expect(page.locator(`a[href="${articlePath(oldest.slug!.current!)}"]`)).toHaveCount(0)
  expect(await statusOf(request, `${CATEGORY.path}/page/3`)).toBe(404)
})
