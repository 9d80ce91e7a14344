import { REQUIRED } from '@chaffcent/content/contract'
import { formatDate } from '@chaffcent/content/date'
import { expect, lakeQuery, SITE, test, textField, createFromMenu } from './studio'

const ARTICLE = {
  title: 'Flying Drones Beyond Visual Line of Sight',
  slug: 'flying-drones-beyond-visual-line-of-sight',
  excerpt:
    'What an operator needs before drones fly beyond visual line of sight: training, procedures and assurance that regulators can follow.',
  body: 'Beyond visual line of sight operations need more than a licence.',
}

test('an editor creates an article, is told what is missing, publishes it undated, and the site lists it with today’s date', async ({
  studio,
  browser,
}) => {
  await createFromMenu(studio, 'Article')
  await textField(studio, 'title').fill(ARTICLE.title)

  // The studio's validation panel says what is missing, in the words of the content contract.
  await studio.getByRole('button', { name: 'Validation' }).click()
  const missing = [REQUIRED.article.category, REQUIRED.article.excerpt, REQUIRED.article.body]
  const problem = (message: string) => studio.getByRole('button', { name: message })
  for (const message of missing) await expect(problem(message)).toBeVisible()
  await expect(studio.getByTestId('action-publish')).toBeDisabled()
  // The publication date starts empty and is not asked for: publishing dates the article.
  await expect(studio.getByTestId('field-publishedAt').locator('input').first()).toHaveValue('')

  await studio.getByTestId('field-slug').getByRole('button', { name: 'Generate' }).click()
  await expect(textField(studio, 'slug')).toHaveValue(ARTICLE.slug)
  // The category picker's options, not the documents list's (also options, one of them Aviation).
  await studio.locator('input#category').fill('Aviation')
  await studio.getByRole('option').filter({ hasText: 'Aviation training' }).click()
  await studio.getByTestId('field-excerpt').locator('textarea').fill(ARTICLE.excerpt)
  await studio.getByTestId('field-body').locator('[contenteditable="true"]').first().click()
  await studio.keyboard.type(ARTICLE.body)

  for (const message of missing) await expect(problem(message)).toHaveCount(0)
  // Every edit, the last keystroke too, has reached the lake's draft before Publish.
  const draft = `*[_id in path("drafts.**") && slug.current == "${ARTICLE.slug}"][0]`
  await expect
    .poll(() =>
      lakeQuery(`${draft}{ title, excerpt, "category": category._ref, "body": pt::text(body) }`),
    )
    .toEqual({
      title: ARTICLE.title,
      excerpt: ARTICLE.excerpt,
      category: 'category-aviation',
      body: ARTICLE.body,
    })
  await expect(studio.getByTestId('action-publish')).toBeEnabled({ timeout: 15_000 })
  const pressed = Date.now()
  await studio.getByTestId('action-publish').click()
  await expect(studio.getByTestId('action-publish')).toBeDisabled({ timeout: 15_000 })

  // Published with the moment Publish was pressed as its date.
  const published = `*[_type == "article" && _id in path("*") && slug.current == "${ARTICLE.slug}"][0]`
  const dated = () => lakeQuery<string | null>(`${published}.publishedAt`)
  await expect.poll(dated).not.toBeNull()
  const publishedAt = Date.parse((await dated())!)
  expect(publishedAt).toBeGreaterThanOrEqual(pressed - 1_000)
  expect(publishedAt).toBeLessThanOrEqual(Date.now())

  // A visitor finds it on the Insights page and in the sitemap, once the webhook has landed.
  const visitor = await browser.newPage()
  await expect(async () => {
    await visitor.goto(`${SITE}/insights`)
    await expect(visitor.getByRole('link', { name: ARTICLE.title })).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await expect(async () => {
    const sitemap = await (await visitor.request.get(`${SITE}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/insights/${ARTICLE.slug}</loc>`)
  }).toPass({ timeout: 15_000 })
  await visitor.getByRole('link', { name: ARTICLE.title }).click()
  const byline = visitor.locator('header[aria-label="Article header"] time')
  await expect(byline).toHaveText(formatDate(new Date(publishedAt).toISOString()))
  await visitor.close()
})
