import { expect, test } from '@playwright/test'
import { SITE_URL, sitePath, streamedContentShown } from '../../support/site-helpers'
import { siteRoutes } from './lib/routes'

async function sitemapPaths(request: import('@playwright/test').APIRequestContext) {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const xml = await response.text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => sitePath(match[1] ?? ''))
}

test('the sitemap lists every page, and every address in it answers 200', async ({ request }) => {
  const listed = await sitemapPaths(request)
  // Every page of its own (the Insights filters are the index, with a query string) is listed once.
  const pages = siteRoutes()
    .map(({ path }) => path)
    .filter((path) => !path.includes('?'))
  expect([...listed].sort()).toEqual([...pages].sort())
  for (const path of listed) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
  }
})

test('robots.txt allows the site but not its API, and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt')
  expect(response.status()).toBe(200)
  const robots = await response.text()
  expect(robots).toMatch(/^Allow: \/$/m)
  expect(robots).toMatch(/^Disallow: \/api\/$/m)
  expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`)
})

test('every internal link on every page leads somewhere', async ({ page, request }) => {
  test.setTimeout(180_000)
  const hrefs = new Map<string, string>()
  for (const { path } of siteRoutes()) {
    await page.goto(path)
    await streamedContentShown(page)
    const found = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    for (const href of found) if (!hrefs.has(href)) hrefs.set(href, path)
  }
  expect(hrefs.size).toBeGreaterThan(20)
  for (const [href, foundOn] of hrefs) {
    const response = await request.get(href.replace(/#.*$/, ''))
    expect(response.status(), `${href} (linked from ${foundOn})`).toBe(200)
  }
})

/** The first bytes of every PNG: the body really is an image, not an error page. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47]

test.describe('share images', () => {
  test('the site’s default image is a PNG', async ({ request }) => {
    const response = await request.get('/opengraph-image')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    expect([...(await response.body()).subarray(0, 4)]).toEqual(PNG_SIGNATURE)
  })

  test('every route’s image, at the address its metadata gives, is a PNG', async ({ request }) => {
    test.setTimeout(180_000)
    for (const { path } of siteRoutes()) {
      const html = await (await request.get(path)).text()
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
      expect(image, `${path} names a share image`).toMatch(/\/opengraph-image/)
      const response = await request.get(sitePath(image!.replaceAll('&amp;', '&')))
      expect(response.status(), image).toBe(200)
      expect(response.headers()['content-type'], image).toBe('image/png')
      expect([...(await response.body()).subarray(0, 4)], image).toEqual(PNG_SIGNATURE)
    }
  })
})
