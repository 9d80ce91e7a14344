import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { postWebhook } from '../../support/publishing-helpers'
import { CONTENT_LAKE_PORT, HOSTED_PROJECT, origin } from '../../support/servers'

const STAND_IN = origin(CONTENT_LAKE_PORT)
const QUERY_URL = `${STAND_IN}/v2025-02-19/data/query/${HOSTED_PROJECT.dataset}`

async function queriesServed(request: import('@playwright/test').APIRequestContext) {
  const response = await request.get(`${STAND_IN}/stats`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { queries: number }).queries
}

test('the hosted build and server read their content from the stand-in', async ({ request }) => {
  // The build prerendered the site through the stand-in, so it has answered queries already.
  const afterBuild = await queriesServed(request)
  expect(afterBuild).toBeGreaterThan(0)
  // A publish makes the server re-read the published slugs from the stand-in on the next
  // unknown address; that address is then answered 404 without a query of its own.
  const publish = JSON.stringify({ _id: 'article-new', _type: 'article', slug: 'brand-new' })
  expect((await postWebhook(request, publish)).status()).toBe(200)
  // (Requests, not page visits: a browser would prefetch the 404 page's links.)
  const response = await request.get(`/insights/never-asked-${randomUUID()}`)
  expect(response.status()).toBe(404)
  const afterPublish = await queriesServed(request)
  expect(afterPublish).toBeGreaterThan(afterBuild)
  // A flood of unknown addresses re-reads the slugs at most once every five seconds.
  for (let n = 0; n < 50; n++) {
    expect((await request.get(`/insights/never-asked-${randomUUID()}`)).status()).toBe(404)
  }
  expect(await queriesServed(request)).toBeLessThan(afterPublish + 5)
})

test.describe('the stand-in answers as the Content Lake does', () => {
  const query = '*[_type == $type && slug.current == $slug][0]{title}'
  const expected = {
    title:
      'IT and OT Convergence in High-Consequence Environments: What Good Security Coordination Looks Like',
  }
  const slug = 'it-ot-convergence-high-consequence-environments'

  test('a GET query with JSON-encoded parameters', async ({ request }) => {
    const response = await request.get(QUERY_URL, {
      params: { query, $type: '"article"', $slug: JSON.stringify(slug) },
    })
    expect(response.status()).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ query, result: expected })
    expect(typeof body.ms).toBe('number')
  })

  test('a POST query, as the client sends long ones', async ({ request }) => {
    const response = await request.post(QUERY_URL, {
      data: { query, params: { type: 'article', slug } },
    })
    expect(response.status()).toBe(200)
    expect(await response.json()).toMatchObject({ result: expected })
  })

  test('unknown paths, datasets and broken queries are errors', async ({ request }) => {
    expect((await request.get(`${STAND_IN}/v1/projects`)).status()).toBe(404)
    const otherDataset = QUERY_URL.replace(HOSTED_PROJECT.dataset, 'staging')
    expect((await request.get(otherDataset, { params: { query: '*' } })).status()).toBe(404)
    expect((await request.get(QUERY_URL, { params: { query: '*[' } })).status()).toBe(400)
  })
})
