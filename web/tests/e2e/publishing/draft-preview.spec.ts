import type { BrowserContext, Page } from '@playwright/test'
import { PREVIEW_SECRET } from '../../support/servers'
import { expect, test } from './fixtures'
import { ARTICLE_IDS, article, open } from './site-pages'

/** Next.js keeps draft mode in this cookie. */
const DRAFT_COOKIE = '__prerender_bypass'

const enablePath = (query: Record<string, string>) =>
  `/api/draft-mode/enable?${new URLSearchParams(query).toString()}`

async function hasDraftCookie(context: BrowserContext): Promise<boolean> {
  return (await context.cookies()).some((cookie) => cookie.name === DRAFT_COOKIE)
}

const previewBanner = (page: Page) => page.getByRole('complementary', { name: 'Preview' })

test('preview is refused without the right secret and sets no cookie', async ({ page }) => {
  const target = article(ARTICLE_IDS.previewed)
  const refused: Record<string, string>[] = [
    { redirect: target.path },
    { secret: 'guess', redirect: target.path },
  ]
  for (const query of refused) {
    const response = await page.goto(enablePath(query))
    expect(response?.status()).toBe(401)
    expect(await hasDraftCookie(page.context())).toBe(false)
  }
  await open(page, target.path)
  await expect(previewBanner(page)).toHaveCount(0)
})

test('an editor previews a draft while a visitor sees the published article', async ({
  page,
  browser,
  baseURL,
  dataset,
}) => {
  const published = article(ARTICLE_IDS.previewed)
  const draftTitle = `${published.title} (draft)`
  dataset.add({ ...published.doc, _id: `drafts.${published.doc._id}`, title: draftTitle })
  const heading = page.getByRole('heading', { level: 1 })

  await page.goto(enablePath({ secret: PREVIEW_SECRET, redirect: published.path }))
  await expect(page).toHaveURL(published.path)
  await expect(heading).toHaveText(draftTitle)
  await expect(previewBanner(page)).toBeVisible()
  expect(await hasDraftCookie(page.context())).toBe(true)
  // The cookie is this build's, so the proxy widens the policy for the editing overlay.
  for (const path of ['/', published.path]) {
    const policy = (await page.request.get(path)).headers()['content-security-policy']
    expect(policy).toContain("connect-src 'self' https://*.api.sanity.io")
  }

  const visitorContext = await browser.newContext({ baseURL })
  try {
    const visitor = await visitorContext.newPage()
    await open(visitor, published.path)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(published.title)
    await expect(previewBanner(visitor)).toHaveCount(0)
  } finally {
    await visitorContext.close()
  }

  await previewBanner(page).getByRole('button', { name: 'Leave preview' }).click()
  await expect(page).toHaveURL(published.path)
  await expect(previewBanner(page)).toHaveCount(0)
  await expect(heading).toHaveText(published.title)
  expect(await hasDraftCookie(page.context())).toBe(false)
})
