import { expect, test, type Page } from '@playwright/test'
import { origin } from '../../../scripts/processes/loopback.ts'
import { SITE_PORT } from '../../support/servers'
import {
  documentsOfType,
  readJsonLd,
  slugOf,
  streamedContentShown,
} from '../../support/site-helpers'

const firstSlug = (type: string) => {
  const [doc] = documentsOfType(type)
  if (!doc) throw new Error(`The seed has no ${type}`)
  return slugOf(doc)
}

/** One page of each kind, each read through both content paths. */
const REPRESENTATIVE_PATHS = [
  '/',
  '/insights/it-ot-convergence-high-consequence-environments',
  `/sectors/${firstSlug('sector')}`,
  `/ventures/${firstSlug('venture')}`,
  `/legal/${firstSlug('legalDocument')}`,
  '/contact',
  '/insights',
  `/insights/category/${firstSlug('category')}`,
  '/insights/page/2',
  '/insights/no-such-article',
]

/** What a visitor and a search engine get from a page, without the build's own fingerprints. */
async function whatThePageSays(page: Page, url: string) {
  const response = await page.goto(url)
  // The not-found page renders in the browser, so wait for a heading rather than the load alone.
  await expect(page.locator('h1').first()).toBeVisible()
  await streamedContentShown(page)
  // Absent on the not-found page; read without waiting for them to appear.
  const attribute = (selector: string, name: string) =>
    page
      .locator(selector)
      .evaluateAll((elements, key) => elements[0]?.getAttribute(key) ?? null, name)
  return {
    status: response?.status(),
    title: await page.title(),
    h1: await page.locator('h1').allInnerTexts(),
    canonical: await attribute('head link[rel="canonical"]', 'href'),
    description: await attribute('head meta[name="description"]', 'content'),
    main: (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim(),
    jsonLd: await readJsonLd(page),
  }
}

for (const path of REPRESENTATIVE_PATHS) {
  test(`${path} says the same through the hosted path as from the embedded dataset`, async ({
    page,
    baseURL,
  }) => {
    const hosted = await whatThePageSays(page, `${baseURL}${path}`)
    const embedded = await whatThePageSays(page, `${origin(SITE_PORT)}${path}`)
    expect(hosted.main.length).toBeGreaterThan(0)
    expect(hosted).toEqual(embedded)
  })
}
