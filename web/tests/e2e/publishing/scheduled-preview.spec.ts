import { PREVIEW_SECRET } from '../../support/servers'
import { expect, publish, test } from './fixtures'
import { ARTICLE_IDS, article, articlePath, indexCardTitles, statusOf } from './site-pages'

const SLUG = 'a-scheduled-article-in-preview'
const TITLE = 'A scheduled article, previewed'
const A_DAY = 24 * 60 * 60 * 1000

test('an editor previews a scheduled article before its time; visitors still get 404', async ({
  page,
  request,
  dataset,
}) => {
  const path = articlePath(SLUG)
  const scheduled = dataset.add({
    ...article(ARTICLE_IDS.untouched).doc,
    _id: 'article-scheduled-preview-e2e',
    title: TITLE,
    slug: { current: SLUG },
    publishedAt: new Date(Date.now() + A_DAY).toISOString(),
  })
  await publish(request, null, scheduled)
  expect(await statusOf(request, path)).toBe(404)

  const enable = new URLSearchParams({ secret: PREVIEW_SECRET, redirect: path })
  await page.goto(`/api/draft-mode/enable?${enable}`)
  await expect(page).toHaveURL(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(page.getByRole('complementary', { name: 'Preview' })).toBeVisible()
  // Lists show what visitors see now: the article joins them at its time.
  expect(await indexCardTitles(page, SLUG)).toEqual([])

  expect(await statusOf(request, path)).toBe(404)
})
