import { expect, test, type Page } from '@playwright/test'
import { articlesNewestFirst, documentsOfType, slugOf } from '../../support/site-helpers'

/** The index's page size (ARTICLES_PER_PAGE in the site's data layer). */
const PAGE_SIZE = 12

const articles = articlesNewestFirst()
const pageCount = Math.max(1, Math.ceil(articles.length / PAGE_SIZE))

/** The titles of the article cards the index shows, in order. */
function cardTitles(page: Page) {
  return page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })
}

function filterNav(page: Page) {
  return page.getByRole('navigation', { name: 'Filter insights by category' })
}

test('the index lists the newest articles first, a page at a time', async ({ page }) => {
  await page.goto('/insights')
  const firstPage = articles.slice(0, PAGE_SIZE).map(({ title }) => title ?? '')
  await expect(cardTitles(page)).toHaveText(firstPage)
  await expect(filterNav(page).getByRole('link', { name: 'All insights' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(filterNav(page).locator('[aria-current]')).toHaveCount(1)
})

test(`pagination appears only beyond ${PAGE_SIZE} articles, and each page holds the next ones`, async ({
  page,
}) => {
  await page.goto('/insights')
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await expect(pagination).toHaveCount(pageCount > 1 ? 1 : 0)
  for (let number = 2; number <= pageCount; number += 1) {
    await pagination.getByRole('link', { name: 'Older articles →' }).click()
    await expect(page).toHaveURL(`/insights/page/${number}`)
    await expect(pagination.locator('[aria-current="page"]')).toHaveText(
      `Page ${number} of ${pageCount}`,
    )
    const slice = articles.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE)
    await expect(cardTitles(page)).toHaveText(slice.map(({ title }) => title ?? ''))
  }
})

test('a page past the last, page 1 spelt out, or an unknown category is not found', async ({
  request,
}) => {
  for (const path of [
    `/insights/page/${pageCount + 1}`,
    '/insights/page/1',
    '/insights/page/two',
    '/insights/category/no-such-category',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})

for (const category of documentsOfType('category')) {
  const slug = slugOf(category)
  test(`the ${category.title} filter shows only its articles and marks itself current`, async ({
    page,
  }) => {
    await page.goto(`/insights/category/${slug}`)
    const current = filterNav(page).locator('[aria-current="page"]')
    await expect(current).toHaveCount(1)
    await expect(current).toHaveText(category.title ?? '')
    await expect(current).toHaveAttribute('href', `/insights/category/${slug}`)

    const own = articles.filter((article) => article.category?._ref === category._id)
    const titles = own.slice(0, PAGE_SIZE).map(({ title }) => title ?? '')
    if (titles.length > 0) await expect(cardTitles(page)).toHaveText(titles)
    else await expect(page.getByText('No articles here yet.')).toBeVisible()
  })
}

test('choosing a category from the filter narrows the index', async ({ page }) => {
  const newest = articles[0]
  const category = documentsOfType('category').find(({ _id }) => _id === newest?.category?._ref)
  if (!category) throw new Error('The newest article has no category in the seed')
  await page.goto('/insights')
  await filterNav(page).getByRole('link', { name: category.title, exact: true }).click()
  await expect(page).toHaveURL(`/insights/category/${slugOf(category)}`)
  const own = articles.filter((article) => article.category?._ref === category._id)
  await expect(cardTitles(page)).toHaveText(own.slice(0, PAGE_SIZE).map(({ title }) => title ?? ''))
})
