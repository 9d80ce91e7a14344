import { expect, test } from '@playwright/test'

/** The hosted build searches with the Lake's own text search (GROQ match, score, boost). */
test('search through the Lake ranks, marks and pages like the embedded index', async ({ page }) => {
  await page.goto('/search?q=aviation')
  const main = page.getByRole('main')
  await expect(main.getByRole('status')).toHaveText(/^\d+ results? for “aviation”/)
  const titles = main.getByRole('listitem').getByRole('heading')
  await expect(titles.first().locator('mark').first()).toHaveText(/^aviation$/i)
  await expect(main.getByRole('link', { name: 'Aviation', exact: true })).toHaveAttribute(
    'href',
    '/sectors/aviation',
  )

  await page.goto('/search?q=security&page=2')
  await expect(main.getByRole('status')).toHaveText(/page 2 of \d+$/)
  await expect(titles.first()).toBeVisible()

  await page.goto('/search?q=qwxzv')
  await expect(main.getByRole('status')).toHaveText(/^No results for “qwxzv”/)
})
