import path from 'node:path'
import { type APIRequestContext, expect, test } from '@playwright/test'
import { ARTICLES_PER_PAGE } from '../../../src/content/articles/pagination'
import { articlesNewestFirst } from '../../support/site-helpers'
import { folderBytes, listeningPid, residentBytes } from '../../support/server-footprint'
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

test('unknown addresses of every kind, asked every way, cost no disk and flat memory', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(600_000)
  const server = listeningPid(Number(new URL(baseURL!).port))
  const build = path.resolve(process.env.NEXT_DIST_DIR || '.next')
  const wrong: string[] = []
  const start = [folderBytes(build), residentBytes(server)]
  // The first 1,000 may load code and fill bounded caches; the next 1,000 write nothing either.
  for (let n = 0; n < 1000; n++) wrong.push(...(await ask(request, n)))
  const [disk, memory] = [folderBytes(build), residentBytes(server)]
  for (let n = 1000; n < 2000; n++) wrong.push(...(await ask(request, n)))
  const growth = {
    firstDiskKB: Math.round((disk - start[0]!) / 1024),
    firstMemoryMB: Math.round((memory - start[1]!) / 2 ** 20),
    secondDiskKB: Math.round((folderBytes(build) - disk) / 1024),
    secondMemoryMB: Math.round((residentBytes(server) - memory) / 2 ** 20),
  }
  console.log('[unknown addresses] growth over two runs of 1,000:', JSON.stringify(growth))
  expect(growth.firstDiskKB).toBeLessThan(512)
  expect(growth.secondDiskKB).toBeLessThan(512)
  // Before the draft cookie and page numbers were checked, 1,000 of these wrote 9.8 MB and
  // grew the server by 223 MB. Now the heap settles within a few thousand (about 400 MB).
  expect(growth.secondMemoryMB).toBeLessThan(64)
  expect(wrong.slice(0, 20), `${wrong.length} wrong answers`).toEqual([])
})

test('/favicon.ico is the site icon, not a page', async ({ request }) => {
  const response = await request.get('/favicon.ico')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\//)
})
