import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { CONTENT_LAKE_PORT, HOSTED_PROJECT, origin } from '../../support/servers'

const STAND_IN = origin(CONTENT_LAKE_PORT)
const QUERY_URL = `${STAND_IN}/v2025-02-19/data/query/${HOSTED_PROJECT.dataset}`

async function queriesServed(request: import('@playwright/test').APIRequestContext) {
  const response = await request.get(`${STAND_IN}/stats`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { queries: number }).queries
}

test('the hosted build and server read their content from the stand-in', async ({
  page,
  request,
}) => {
  // The build prerendered the site through the stand-in, so it has answered queries already.
  const afterBuild = await queriesServed(request)
  expect(afterBuild).toBeGreaterThan(0)
  // An address no one has asked before is in no cache, so the server must ask the stand-in.
  const response = await page.goto(`/insights/never-asked-${randomUUID()}`)
  expect(response?.status()).toBe(404)
  expect(await queriesServed(request)).toBeGreaterThan(afterBuild)
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
