import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { siteEnv } from '../../../src/env'
import { folderBytes, listeningPid, residentBytes } from '../../support/server-footprint'
import { NOT_FOUND_COPY } from './lib/client-facts'
import { UNKNOWN_PATHS } from './lib/routes'

/** Where each kind of unknown address goes: every dynamic route, good and bad slug shapes. */
const KINDS = [
  (id: string) => `/insights/${id}`,
  (id: string) => `/insights/category/${id}`,
  (id: string) => `/sectors/${id}`,
  (id: string) => `/ventures/${id}`,
  (id: string) => `/legal/${id}`,
  (id: string) => `/${id}`,
  (id: string) => `/insights/${id.toUpperCase()}_x`,
]
const randomAddress = (n: number) => KINDS[n % KINDS.length]!(randomBytes(6).toString('hex'))

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

test('1,000 unknown addresses cost the server no disk and bounded memory', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const server = listeningPid(Number(new URL(baseURL!).port))
  const build = path.resolve(siteEnv().NEXT_DIST_DIR)
  // Warm up first, so loading the not-found page's code is not counted as growth.
  for (let n = 0; n < 200; n++) expect((await request.get(randomAddress(n))).status()).toBe(404)
  const [diskBefore, memoryBefore] = [folderBytes(build), residentBytes(server)]
  for (let n = 0; n < 1000; n++) expect((await request.get(randomAddress(n))).status()).toBe(404)
  expect(folderBytes(build) - diskBefore).toBeLessThan(512 * 1024)
  // Before the proxy the same 1,000 grew it by about 470 MB (and the disk by 70 MB).
  expect(residentBytes(server) - memoryBefore).toBeLessThan(192 * 1024 * 1024)
})

test('/favicon.ico is the site icon, not a page', async ({ request }) => {
  const response = await request.get('/favicon.ico')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\//)
})
