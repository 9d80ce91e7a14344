import { expect, test } from '@playwright/test'
import { drill, expireDocument, seedDocument, writeToLake } from '../../support/hosted-lake'

const seedArticle = seedDocument('article-layered-systems-complex-security-environments')
const articlePath = `/insights/${seedArticle.slug!.current}`
/** The bound the site promises visitors while the Lake is down: a 200 within 15 s. */
const IN_TIME = { timeout: 15_000 }

const expireArticle = (request: Parameters<typeof expireDocument>[0]) =>
  expireDocument(request, seedArticle)

test.afterEach(async ({ request }) => {
  await drill(request, 'up')
  await writeToLake(request, [{ createOrReplace: seedArticle }])
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

    await drill(request, outage)
    await expireArticle(request)
    expect((await page.goto(articlePath, IN_TIME))?.status()).toBe(200)
    await expect(heading).toHaveText(String(seedArticle.title))
    await expect(page.getByText('Something went wrong.')).toHaveCount(0)

    // The Lake comes back and an editor publishes: the next visit shows it.
    const revised = { ...seedArticle, title: `${String(seedArticle.title)} (after the ${outage})` }
    await drill(request, 'up')
    await writeToLake(request, [{ createOrReplace: revised }])
    await expireArticle(request)
    expect((await page.goto(articlePath, IN_TIME))?.status()).toBe(200)
    await expect(heading).toHaveText(revised.title)
  })
}
