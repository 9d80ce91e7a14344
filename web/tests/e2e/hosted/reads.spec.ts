import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { queriesTaken } from '../../support/hosted-lake'
import { postWebhook } from '../../support/publishing-helpers'

test('the hosted build and server read their content from the lake, and no more than needed', async ({
  request,
}) => {
  // The build prerendered the site through the lake, so it has taken queries already.
  const afterBuild = await queriesTaken(request)
  expect(afterBuild).toBeGreaterThan(0)
  // A publish makes the server re-read the published slugs from the lake on the next unknown
  // address; that address is then answered 404 without a query of its own.
  const publish = JSON.stringify({ _id: 'article-new', _type: 'article', slug: 'brand-new' })
  expect((await postWebhook(request, publish)).status()).toBe(200)
  // (Requests, not page visits: a browser would prefetch the 404 page's links.)
  const response = await request.get(`/insights/never-asked-${randomUUID()}`)
  expect(response.status()).toBe(404)
  const afterPublish = await queriesTaken(request)
  expect(afterPublish).toBeGreaterThan(afterBuild)
  // A flood of unknown addresses re-reads the slugs at most once every five seconds.
  for (let n = 0; n < 50; n++) {
    expect((await request.get(`/insights/never-asked-${randomUUID()}`)).status()).toBe(404)
  }
  expect(await queriesTaken(request)).toBeLessThan(afterPublish + 5)
})
