import { expect, test } from '@playwright/test'
import {
  canonicalFor,
  jsonLdOfType,
  OG_TITLE_SUFFIX,
  readJsonLd,
  TITLE_SUFFIX,
} from '../../support/site-helpers'
import { COMPANY_NUMBER, ORGANIZATION_JSON_LD } from './lib/client-facts'
import { FIXED_ROUTES, siteRoutes } from './lib/routes'

const routes = siteRoutes()

test('the routes under test include every fixed route of the client’s site', () => {
  const paths = routes.map(({ path }) => path)
  for (const fixed of FIXED_ROUTES) expect(paths).toContain(fixed)
  // Each sector, venture and article has its page too (the seed has several of each).
  for (const prefix of ['/sectors/', '/ventures/', '/insights/']) {
    expect(paths.filter((path) => path.startsWith(prefix)).length).toBeGreaterThan(1)
  }
})

for (const route of routes) {
  test(`${route.path} answers with one h1, its title, canonical, share metadata and the organisation`, async ({
    page,
  }) => {
    const response = await page.goto(route.path)
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
    await expect(page.locator('h1')).toHaveCount(1)

    const pageTitle = route.standalone ? route.title : `${route.title}${TITLE_SUFFIX}`
    await expect(page).toHaveTitle(pageTitle)
    // Next writes the home page's canonical without its trailing slash; the URL is the same.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical ?? '').href).toBe(canonicalFor(route.path))

    const meta = (selector: string) => page.locator(`head meta[${selector}]`)
    const description = await meta('name="description"').getAttribute('content')
    if (route.description) expect(description).toBe(route.description)
    else expect(description?.trim()).toBeTruthy()
    const ogTitle = route.standalone ? route.title : `${route.title}${OG_TITLE_SUFFIX}`
    await expect(meta('property="og:title"')).toHaveAttribute('content', ogTitle)
    await expect(meta('name="twitter:card"')).toHaveAttribute('content', 'summary_large_image')

    const organisations = jsonLdOfType(await readJsonLd(page, 'head'), 'Organization')
    expect(organisations).toEqual([expect.objectContaining(ORGANIZATION_JSON_LD)])
    expect(organisations[0]?.identifier).toMatchObject({ value: COMPANY_NUMBER })
  })
}
