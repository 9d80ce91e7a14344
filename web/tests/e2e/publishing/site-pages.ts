import { HOME_INSIGHTS } from '@chaffcent/content/home-insights'
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { findDocument, slugOf, type StoredDocument } from '../../support/publishing-helpers'
import { expect } from './fixtures'

/** Seed articles the tests work on, chosen for where else on the site they appear. */
export const ARTICLE_IDS = {
  /** On the home page, and under Further Reading on data-to-decision. */
  featured: 'article-it-ot-convergence-high-consequence-environments',
  /** Lists `featured` under Further Reading. */
  listsFeatured: 'article-data-to-decision-governed-exploitation-layers',
  /** Under Further Reading on capability-development. */
  renamed: 'article-aviation-training-capability-not-compliance',
  listsRenamed: 'article-capability-development-through-life',
  /** Under Further Reading on resilience-exercising. */
  broken: 'article-upstream-oil-gas-remote-site-resilience',
  listsBroken: 'article-resilience-exercising-testing-decisions',
  untouched: 'article-layered-systems-complex-security-environments',
  previewed: 'article-capability-development-through-life',
} as const

export interface SeedArticle {
  doc: StoredDocument
  slug: string
  title: string
  path: string
}

/** An article as it is in the dataset copy now. */
export function article(id: string): SeedArticle {
  const doc = findDocument(id)
  const slug = slugOf(doc)
  if (!slug || typeof doc.title !== 'string') throw new Error(`${id} has no slug or title`)
  return { doc, slug, title: doc.title, path: articlePath(slug) }
}

export const articlePath = (slug: string) => `/insights/${slug}`

/** The card links to an article (their name is exactly the card's title) inside `scope`. */
export function cardLinks(scope: Page | Locator, slug: string): Locator {
  return scope.locator(`a[href="${articlePath(slug)}"]`)
}

/** The seed pins the home page's articles, so they sit under the pinned heading. */
export const homeInsights = (page: Page) =>
  page.getByRole('region', { name: HOME_INSIGHTS.pinnedHeading })
export const furtherReading = (page: Page) => page.getByRole('region', { name: 'Further Reading' })

/**
 * The titles of the Insights index's cards linking to `slug`, over every page of the
 * index: an older article sits on a later page as the dataset grows.
 */
export async function indexCardTitles(page: Page, slug: string): Promise<string[]> {
  const titles: string[] = []
  let next: string | null = '/insights'
  while (next) {
    await open(page, next)
    await expect(page.getByText('Loading articles…')).toHaveCount(0)
    titles.push(...(await cardLinks(page, slug).allTextContents()))
    const older = page
      .getByRole('navigation', { name: 'Pagination' })
      .getByRole('link', { name: /Older articles/ })
    next = (await older.count()) > 0 ? await older.getAttribute('href') : null
  }
  return titles
}

/** Opens a page and checks it answered 200, so a later assertion is not about an error page. */
export async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path)
  expect(response?.status(), `GET ${path}`).toBe(200)
}

export async function statusOf(request: APIRequestContext, path: string): Promise<number> {
  return (await request.get(path, { maxRedirects: 0 })).status()
}

/** The sitemap as path → `<lastmod>` (null when the entry has none). */
export async function sitemap(request: APIRequestContext): Promise<Map<string, string | null>> {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const entries = new Map<string, string | null>()
  for (const [, entry = ''] of (await response.text()).matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(entry)?.[1]
    if (!loc) continue
    entries.set(new URL(loc).pathname, /<lastmod>([^<]+)<\/lastmod>/.exec(entry)?.[1] ?? null)
  }
  return entries
}
