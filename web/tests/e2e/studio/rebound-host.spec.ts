import { origin } from '../../../scripts/processes/loopback.ts'
import { STUDIO_LAKE_PORT } from '../../support/servers'
import { expect, lakeQuery, test as base } from './studio'

/**
 * DNS rebinding: a page loaded from `evil.example`, whose name then resolves to 127.0.0.1, calls
 * the lake as its own origin, so neither CORS nor a preflight stands in the way. Chromium's
 * host resolver rules send `evil.example` to loopback; the page itself is served by the test.
 * Chromium alone would also block the call (Private Network Access: a public page may not
 * reach loopback); Firefox and Safari do not, so the test turns those checks off.
 */
const CHROMIUM_AS_OTHER_BROWSERS = [
  '--host-resolver-rules=MAP evil.example 127.0.0.1',
  '--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,LocalNetworkAccessChecks',
]
const EVIL = `http://evil.example:${STUDIO_LAKE_PORT}`
const test = base.extend<object, { launchOptions: object }>({
  launchOptions: [
    async ({ launchOptions }, provide) => {
      const { args = [] } = launchOptions as { args?: string[] }
      await provide({ ...launchOptions, args: [...args, ...CHROMIUM_AS_OTHER_BROWSERS] })
    },
    { scope: 'worker' },
  ],
})

const INTRUDER_ID = 'article-written-through-a-rebound-name'
const write = {
  mutations: [{ createOrReplace: { _id: INTRUDER_ID, _type: 'article', title: 'Intruder' } }],
}

test('a page under a name rebound to loopback cannot change the dataset', async ({ page }) => {
  await page.route(`${EVIL}/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>evil</title>' }),
  )
  await page.goto(`${EVIL}/`)
  // Same origin as far as the browser knows: a JSON write with no preflight.
  const answer = await page.evaluate(async (body) => {
    const response = await fetch('/v2025-02-19/data/mutate/production', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: response.status, text: await response.text() }
  }, write)
  expect(await lakeQuery(`*[_id == "${INTRUDER_ID}"][0]`)).toBeNull()
  expect(answer.status).toBe(403)
  expect(answer.text).toContain('answers only as localhost')
  // The lake itself still answers under its own name.
  expect((await fetch(`${origin(STUDIO_LAKE_PORT)}/health`)).status).toBe(200)
})
