import { expect, test } from './studio'

/** Every item of the desk (studio/structure), with the list or document it must open. */
const SINGLETONS = ['Site settings', 'Home page']
const LISTS: [path: string[], documentTitle: RegExp][] = [
  [['Insights', 'Articles'], /Aviation Training as Capability/],
  [['Insights', 'Categories'], /Aviation/],
  [['Sectors'], /Aviation/],
  [['Ventures'], /Aviation Training & Assurance/],
  [['Pages'], /Who We Are/],
  [['Legal documents'], /Privacy Notice/],
]

test.describe('the studio on the local Content Lake', () => {
  for (const title of SINGLETONS) {
    test(`"${title}" opens its one document with its form`, async ({ studio }) => {
      await studio.goto('/structure')
      await studio.getByRole('link', { name: title }).click()
      await expect(studio.getByTestId('document-panel-scroller')).toBeVisible({ timeout: 30_000 })
      await expect(
        studio.getByTestId('document-panel-scroller').locator('input').first(),
      ).not.toHaveValue('', { timeout: 30_000 })
    })
  }

  for (const [path, documentTitle] of LISTS) {
    test(`${path.join(' → ')} lists documents and opens one`, async ({ studio }) => {
      await studio.goto('/structure')
      for (const item of path) await studio.getByRole('link', { name: item, exact: true }).click()
      await studio.getByRole('link', { name: documentTitle }).first().click()
      await expect(studio.getByTestId('document-panel-scroller')).toBeVisible({ timeout: 30_000 })
    })
  }
})
