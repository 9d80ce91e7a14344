import path from 'node:path'
import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from '@playwright/test'
import { startNextServer } from '../../../scripts/processes/next-server.ts'
import { ARTICLES_PER_PAGE } from '../../../src/content/articles/pagination'
import { siteEnv } from '../../../src/env'
import { articlesNewestFirst } from '../../support/site-helpers'
import { folderBytes, listeningPid, residentBytes } from '../../support/server-footprint'
import { heapKeptBytes } from '../../support/server-heap'
import { FOOTPRINT_INSPECTOR_PORT, FOOTPRINT_PORT } from '../../support/servers'
import { NOT_FOUND_COPY } from './lib/client-facts'
import { UNKNOWN_PATHS } from './lib/routes'
import { notWholeNotFoundPage, UNKNOWN_ADDRESS_KINDS, WAYS_TO_ASK } from './lib/unknown-addresses'

for (const address of [...UNKNOWN_PATHS, '/insights/Not_A_Slug', '/legal/x/../../etc']) {
  test(`${address} is a whole 404 page in the server's HTML`, async ({ request }) => {
    const response = await request.get(address)
    expect(response.status()).toBe(404)
    const html = await response.text()
    expect(html).not.toContain('__next_error__')
    expect(html).toMatch(/<html lang="en-GB"/)
    expect(html).toMatch(/<title>[^<]+<\/title>/)
    expect(html).toMatch(/<header[^>]*>/)
    expect(html).toContain(NOT_FOUND_COPY.heading)
    expect(html).toMatch(/<footer[^>]*aria-label="Site footer"/)
  })
}

const kinds = Object.entries(UNKNOWN_ADDRESS_KINDS)
const ways = Object.entries(WAYS_TO_ASK)

/** Asks for the n-th address of a run: every kind of route, asked every way, in turn. */
async function ask(request: APIRequestContext, n: number): Promise<string[]> {
  const [kind, address] = kinds[n % kinds.length]!
  const [way, asked] = ways[Math.floor(n / kinds.length) % ways.length]!
  const { suffix, headers, rsc } = asked()
  const path = address() + suffix
  const response = await request.get(path, { headers, maxRedirects: 0 })
  const wrong = notWholeNotFoundPage(response.status(), await response.text(), rsc)
  return wrong.length > 0 ? [`${kind}, ${way}: ${path}: ${wrong.join(', ')}`] : []
}

kinds.forEach(([kind], k) =>
  ways.forEach(([way], w) =>
    test(`an unknown ${kind} address, asked with ${way}, is the whole 404 page`, async ({
      request,
    }) => {
      expect(await ask(request, k + w * kinds.length)).toEqual([])
    }),
  ),
)

test('a listing has pages 2 to its last, and after it the whole 404 page', async ({ request }) => {
  const last = Math.ceil(articlesNewestFirst().length / ARTICLES_PER_PAGE)
  expect(last).toBeGreaterThan(1)
  expect((await request.get(`/insights/page/${last}`)).status()).toBe(200)
  for (const path of [`/insights/page/${last + 1}`, '/insights/category/technology/page/2']) {
    const response = await request.get(path)
    expect(notWholeNotFoundPage(response.status(), await response.text(), false), path).toEqual([])
  }
})

test('unknown addresses of every kind, asked every way, cost no disk and flat memory', async () => {
  test.setTimeout(600_000)
  const inspect = `--inspect=127.0.0.1:${FOOTPRINT_INSPECTOR_PORT}`
  const server = await startNextServer({
    name: 'footprint server',
    port: FOOTPRINT_PORT,
    env: { ...process.env, NODE_OPTIONS: inspect },
  })
  const request = await playwrightRequest.newContext({ baseURL: server.origin })
  try {
    const build = path.resolve(siteEnv().NEXT_DIST_DIR)
    const pid = listeningPid(FOOTPRINT_PORT)
    const footprint = async () => ({
      disk: folderBytes(build),
      resident: residentBytes(pid),
      heap: await heapKeptBytes(FOOTPRINT_INSPECTOR_PORT),
    })
    const wrong: string[] = []
    const start = await footprint()
    // The first 1,000 may load code and fill bounded caches; after them nothing may grow.
    for (let n = 0; n < 1000; n++) wrong.push(...(await ask(request, n)))
    const warm = await footprint()
    for (let n = 1000; n < 2000; n++) wrong.push(...(await ask(request, n)))
    const end = await footprint()
    const growth = (from: typeof start, to: typeof start) => ({
      diskKB: Math.round((to.disk - from.disk) / 1024),
      residentMB: Math.round((to.resident - from.resident) / 2 ** 20),
      heapMB: Math.round((to.heap - from.heap) / 2 ** 20),
    })
    const [first, second] = [growth(start, warm), growth(warm, end)]
    console.log('[unknown addresses] first 1,000:', first, 'second 1,000:', second)
    expect(first.diskKB).toBeLessThan(512)
    expect(second.diskKB).toBeLessThan(512)
    // What the server keeps after collecting its garbage. Before the draft cookie and page
    // numbers were checked, 1,000 of these wrote 9.8 MB and grew it by over 200 MB.
    expect(second.heapMB).toBeLessThan(4)
    expect(wrong.slice(0, 20), `${wrong.length} wrong answers`).toEqual([])
  } finally {
    await request.dispose()
    await server.stop()
  }
})

test('/favicon.ico is the site icon, not a page', async ({ request }) => {
  const response = await request.get('/favicon.ico')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\//)
})
