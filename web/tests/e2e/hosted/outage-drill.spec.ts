import { readFileSync } from 'node:fs'
import { type APIRequestContext, expect, test } from '@playwright/test'
import { sendWebhook, type StoredDocument } from '../../support/publishing-helpers'
import { CONTENT_LAKE_PORT, origin } from '../../support/servers'

const STAND_IN = origin(CONTENT_LAKE_PORT)
const ARTICLE_ID = 'article-layered-systems-complex-security-environments'
const seedArticle = readFileSync('../studio/seed/production.ndjson', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as StoredDocument)
  .find((doc) => doc._id === ARTICLE_ID)!
const articlePath = `/insights/${seedArticle.slug!.current}`
/** The bound the site promises visitors while the Lake is down: a 200 within 15 s. */
const IN_TIME = { timeout: 15_000 }

async function lake(request: APIRequestContext, command: Record<string, unknown>) {
  expect((await request.post(`${STAND_IN}/control`, { data: command })).status()).toBe(200)
}

async function expireArticle(request: APIRequestContext) {
  const response = await sendWebhook(request, seedArticle, seedArticle)
  expect(response.status(), await response.text()).toBe(200)
}

test.afterEach(async ({ request }) => {
  await lake(request, { mode: 'up', reset: true })
  await expireArticle(request)
})

for (const outage of ['hang', 'fail'] as const) {
  test(`while the Content Lake ${outage}s, an expired page still answers with its last good content, and heals`, async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000)
    const heading = page.getByRole('heading', { level: 1 })
    // A fresh read at runtime first, so this server holds the article's last good result.
    await expireArticle(request)
    expect((await page.goto(articlePath))?.status()).toBe(200)
    await expect(heading).toHaveText(String(seedArticle.title))

    await lake(request, { mode: outage })
    await expireArticle(request)
    expect((await page.goto(articlePath, IN_TIME))?.status()).toBe(200)
    await expect(heading).toHaveText(String(seedArticle.title))
    await expect(page.getByText('Something went wrong.')).toHaveCount(0)

    // The Lake comes back and an editor publishes: the next visit shows it.
    const revised = { ...seedArticle, title: `${String(seedArticle.title)} (after the ${outage})` }
    await lake(request, { mode: 'up', publish: revised })
    await expireArticle(request)
    expect((await page.goto(articlePath, IN_TIME))?.status()).toBe(200)
    await expect(heading).toHaveText(revised.title)
  })
}
