import { expect, type Page, test } from '@playwright/test'
import { studioOrigin } from '@chaffcent/content/studio-host'

/** The site's public address, answered from the server under test (see `framedSite`). */
const SITE = 'https://www.chaffcent.test'

/**
 * The studio's Presentation tool shows the site in an iframe; nobody else may. The build
 * under test has no STUDIO_ORIGINS or SANITY_STUDIO_HOSTNAME, so no studio is allowed (the
 * studio project's build, which names its studio, is framed by it in presentation.spec.ts).
 * The browser serves both parent pages itself and fetches the site's pages, with
 * their real headers, from the server under test (there is no network here, and a public
 * page may not frame 127.0.0.1 directly).
 */
async function framedSite(page: Page, parentOrigin: string, baseURL: string) {
  await page.route(`${SITE}/**`, async (route) => {
    const { pathname, search } = new URL(route.request().url())
    const url = new URL(`${pathname}${search}`, baseURL).href
    await route.fulfill({ response: await route.fetch({ url }) })
  })
  await page.route(`${parentOrigin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Studio</title><iframe src="${SITE}/insights"></iframe>`,
    }),
  )
  const refusals: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('frame-ancestors')) refusals.push(message.text())
  })
  await page.goto(`${parentOrigin}/presentation`)
  return { frame: page.frameLocator('iframe'), refusals }
}

// The framed page goes on prefetching links after a test has what it needs.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }))

test('with no studio configured, not even the hosted studio’s default address may frame it', async ({
  page,
  baseURL,
}) => {
  // Whoever claimed that name on sanity.studio could otherwise show the site inside theirs.
  const { frame, refusals } = await framedSite(page, studioOrigin(), baseURL!)
  await expect.poll(() => refusals.length).toBeGreaterThan(0)
  await expect(frame.locator('main#main-content')).toHaveCount(0)
})

test('any other site is refused', async ({ page, baseURL }) => {
  const { frame, refusals } = await framedSite(page, 'https://elsewhere.example', baseURL!)
  await expect.poll(() => refusals.length).toBeGreaterThan(0)
  await expect(frame.locator('main#main-content')).toHaveCount(0)
})
