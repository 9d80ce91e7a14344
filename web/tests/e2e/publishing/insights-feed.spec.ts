import { INSIGHTS_FEED } from '@chaffcent/content/feed'
import type { Page } from '@playwright/test'
import { expect, publishEdit, test } from './fixtures'
import { ARTICLE_IDS, article, open, sitemap } from './site-pages'

interface FeedItem {
  title: string
  link: string
}

/** The feed parsed by the browser's own XML parser, which reports any malformed XML. */
async function readFeed(page: Page) {
  const response = await page.request.get(INSIGHTS_FEED.path)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain(INSIGHTS_FEED.type)
  const xml = await response.text()
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    const items = [...doc.querySelectorAll('channel > item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      link: item.querySelector('link')?.textContent ?? '',
    }))
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      channelLink: doc.querySelector('channel > link')?.textContent ?? '',
      items: items as FeedItem[],
    }
  }, xml)
}

test('the Insights feed is valid RSS of the newest articles, linked absolutely', async ({
  page,
  request,
}) => {
  await open(page, '/')
  const feed = await readFeed(page)
  expect(feed.error).toBeNull()
  expect(feed.root).toBe('rss')
  const articlePaths = [...(await sitemap(request)).keys()].filter((path) =>
    /^\/insights\/(?!category\/|page\/)[^/]+$/.test(path),
  )
  expect(feed.items).toHaveLength(Math.min(articlePaths.length, INSIGHTS_FEED.limit))
  for (const { link } of [...feed.items, { link: feed.channelLink }])
    expect(link).toMatch(/^https?:\/\/[^/]+\//)
  for (const { link } of feed.items) expect(articlePaths).toContain(new URL(link).pathname)
})

test('every page points readers to the feed', async ({ page }) => {
  const feedLink = page.locator(`head link[rel="alternate"][type="${INSIGHTS_FEED.type}"]`)
  for (const path of ['/', '/insights', article(ARTICLE_IDS.untouched).path, '/no-such-page']) {
    await page.goto(path)
    await expect(feedLink, path).toHaveCount(1)
    expect(new URL((await feedLink.getAttribute('href'))!).pathname).toBe(INSIGHTS_FEED.path)
  }
})

test('a publish refreshes the feed, and nothing before it', async ({ page, request, dataset }) => {
  await open(page, '/')
  const untouched = article(ARTICLE_IDS.untouched)
  const revisedTitle = `${untouched.title} (revised for the feed)`
  const titles = async () => (await readFeed(page)).items.map(({ title }) => title)
  expect(await titles()).toContain(untouched.title)

  const changed = dataset.change(untouched.doc._id, (doc) => ({ ...doc, title: revisedTitle }))
  expect(await titles()).toContain(untouched.title)

  await publishEdit(request, changed)
  expect(await titles()).toContain(revisedTitle)
  expect(await titles()).not.toContain(untouched.title)
})
