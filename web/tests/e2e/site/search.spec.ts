import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { HtmlValidate } from 'html-validate'

/** A word the seed uses in more than ten documents, so its results take two pages. */
const WORD = 'security'

const header = (page: Page) => page.getByRole('banner').getByRole('search', { name: 'Site' })
const status = (page: Page) => page.getByRole('main').getByRole('status')
const resultTitles = (page: Page) =>
  page.getByRole('main').getByRole('listitem').getByRole('heading')

async function searchFromHeader(page: Page, words: string) {
  await header(page).getByRole('searchbox', { name: 'Search the site' }).fill(words)
  await header(page).getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(words)}`)
}

/** Every result of a page, ranked, with the searched word marked in each one. */
async function expectHighlightedResults(page: Page) {
  const titles = resultTitles(page)
  await expect(titles).toHaveCount(10)
  for (const mark of await page.getByRole('main').getByRole('listitem').locator('mark').all()) {
    await expect(mark).toHaveText(/^secur/i)
  }
  // Ranked: the best result is named by the word, not only about it.
  await expect(titles.first().locator('mark').first()).toHaveText(/^security$/i)
  return titles.allTextContents()
}

async function pagesThrough(page: Page) {
  await expect(status(page)).toHaveText(new RegExp(`^\\d+ results for “${WORD}”, page 1 of 2$`))
  const first = await expectHighlightedResults(page)
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .getByRole('link', { name: 'More results' })
    .click()
  await expect(page).toHaveURL(`/search?q=${WORD}&page=2`)
  await expect(status(page)).toHaveText(new RegExp(`page 2 of 2$`))
  const second = await resultTitles(page).allTextContents()
  expect(second.length).toBeGreaterThan(0)
  expect(second.filter((title) => first.includes(title))).toEqual([])
}

test('with JavaScript: search from the header, see ranked highlighted results, page through', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.locator('nav[aria-label="Main"][data-enhanced="true"]')).toBeAttached()
  await searchFromHeader(page, WORD)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
  await pagesThrough(page)
})

test.describe('without JavaScript on a 375 px screen', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } })

  test('the search box sits in the menu, and the results come in the page itself', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(header(page)).toBeHidden()
    await page.getByRole('link', { name: 'Menu' }).click()
    await expect(header(page)).toBeVisible()
    await searchFromHeader(page, WORD)
    await pagesThrough(page)
  })
})

test('the answer is per request: never stored, never indexed', async ({ page }) => {
  const answer = await page.goto(`/search?q=${WORD}`)
  expect(answer?.headers()['cache-control']).toContain('no-store')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})

test('words the site does not use say so and point to the insights', async ({ page }) => {
  await page.goto('/search?q=qwxzv+%3Cb%3Ebold%3C%2Fb%3E')
  await expect(status(page)).toHaveText(
    'No results for “qwxzv <b>bold</b>”. Try other words, or browse all insights.',
  )
  await expect(page.getByRole('main').locator('b')).toHaveCount(0)
  await page.getByRole('main').getByRole('link', { name: 'all insights' }).click()
  await expect(page).toHaveURL('/insights')
})

test('an empty query shows the form and a prompt; a long one is cut to 100 characters', async ({
  page,
}) => {
  await page.goto('/search?q=%20%20')
  await expect(page.getByRole('main').getByText('Type a few words to search')).toBeVisible()
  await expect(status(page)).toHaveCount(0)
  await page.goto(`/search?q=${'a'.repeat(300)}`)
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the site' })
  await expect(box).toHaveValue('a'.repeat(100))
  await expect(status(page)).toHaveText(
    `No results for “${'a'.repeat(100)}”. Try other words, or browse all insights.`,
  )
})

for (const [name, viewport] of Object.entries({
  desktop: { width: 1280, height: 800 },
  '375 px': { width: 375, height: 812 },
})) {
  test(`results and no results pass axe at ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport)
    for (const path of [`/search?q=${WORD}`, '/search?q=qwxzv', '/search']) {
      await page.goto(path)
      await expect(page.locator('nav[aria-label="Main"][data-enhanced="true"]')).toBeAttached()
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect([path, violations.map(({ id, nodes }) => [id, nodes.length])]).toEqual([path, []])
    }
  })
}

test('the server HTML of results and of no results is valid', async ({ request }) => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] })
  for (const path of [`/search?q=${WORD}`, '/search?q=qwxzv', '/search']) {
    const report = await validator.validateString(await (await request.get(path)).text(), path)
    const problems = report.results.flatMap(({ messages }) =>
      messages.map(({ ruleId, message, line }) => `${path} ${line} ${ruleId}: ${message}`),
    )
    expect(problems).toEqual([])
  }
})
