import { formatDate } from '@chaffcent/content/date'
import { expect, lakeMutate, lakeQuery, test } from './studio'

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

test('a scheduled article says so in the Articles list', async ({ studio }) => {
  const seedArticle = `*[_id == "article-aviation-training-capability-not-compliance"][0]`
  const { _type, category, excerpt, body } = await lakeQuery<Record<string, unknown>>(seedArticle)
  const publishedAt = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString()
  const title = 'An article scheduled for next month'
  await lakeMutate([
    {
      createOrReplace: {
        _type,
        category,
        excerpt,
        body,
        _id: 'article-scheduled-desk-e2e',
        title,
        slug: { _type: 'slug', current: 'an-article-scheduled-for-next-month' },
        publishedAt,
      },
    },
  ])
  await studio.goto('/structure')
  for (const item of ['Insights', 'Articles'])
    await studio.getByRole('link', { name: item, exact: true }).click()
  const listed = studio.getByRole('link', { name: new RegExp(title) })
  await expect(listed).toContainText(`Scheduled for ${formatDate(publishedAt)}`)
  await listed.click()
  await expect(studio.getByText('Scheduled', { exact: true }).first()).toBeVisible()
})
