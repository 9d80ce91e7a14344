import { expect, test } from '@playwright/test'
import { publishToLake, seedDocument } from '../../support/hosted-lake'
import { sendWebhook } from '../../support/publishing-helpers'

const seedArticle = seedDocument('article-aviation-training-capability-not-compliance')
const articlePath = `/insights/${seedArticle.slug!.current}`

test.afterEach(async ({ request }) => {
  const restored = await publishToLake(request, seedArticle)
  expect((await sendWebhook(request, restored, restored)).status()).toBe(200)
})

test('a publish shows as soon as the Lake has it: the webhook waits for its revision, not a fixed time', async ({
  page,
  request,
}) => {
  const heading = page.getByRole('heading', { level: 1 })
  expect((await page.goto(articlePath))?.status()).toBe(200)
  await expect(heading).toHaveText(String(seedArticle.title))

  const published = await publishToLake(request, {
    ...seedArticle,
    title: `${String(seedArticle.title)} (revised)`,
  })
  expect(published._rev).toEqual(expect.any(String))
  const response = await sendWebhook(request, seedArticle, published)
  expect(response.status()).toBe(200)
  // The handler read the document back until the Lake showed this revision, then expired.
  expect(await response.json()).toMatchObject({ revision: 'seen' })

  // Fresh on the first visit after the webhook answers: read once, not retried.
  expect((await page.goto(articlePath))?.status()).toBe(200)
  expect(await heading.innerText()).toBe(published.title)
})

test('a webhook whose revision the Lake never shows still expires, after the fixed wait', async ({
  request,
}) => {
  const published = await publishToLake(request, seedArticle)
  const unseen = { ...published, _rev: 'a-revision-the-lake-never-made' }
  const response = await sendWebhook(request, published, unseen)
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ revision: 'timed-out' })
})
