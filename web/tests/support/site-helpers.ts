import { expect, type Page } from '@playwright/test'
import { readNdjson } from '@chaffcent/content/dataset'
import { SEED } from './servers.ts'

/**
 * What the browser tests know about the site without asking it: the seed dataset the servers
 * read, the routes it implies, and the organisation's facts as the client's current site states them.
 */
export const SITE_URL = 'https://www.chaffcent.com'
export const LEGAL_NAME = 'ChaffCent Ventures Limited'
export const TITLE_SUFFIX = ` | ${LEGAL_NAME}`
export const OG_TITLE_SUFFIX = ' | ChaffCent Ventures'

export interface SeedSpan {
  text: string
}
export interface SeedBlock {
  _type: string
  style?: string
  children?: SeedSpan[]
}
export interface SeedDocument {
  _id: string
  _type: string
  slug?: { current: string }
  title?: string
  name?: string
  excerpt?: string
  summary?: string
  description?: string
  publishedAt?: string
  category?: { _ref: string }
  related?: { _ref: string }[]
  authors?: { _ref: string }[]
  role?: string
  body?: SeedBlock[]
  seo?: { title?: string; description?: string }
  headerNavigation?: { label: string }[]
}

/** The published documents of the seed, as visitors see them (drafts are never shown). */
export const seed = (readNdjson(SEED) as SeedDocument[]).filter(
  (doc) => !doc._id.startsWith('drafts.'),
)

export function documentsOfType(type: string): SeedDocument[] {
  return seed.filter((doc) => doc._type === type && doc.slug?.current)
}

export function documentById(id: string): SeedDocument {
  const found = seed.find((doc) => doc._id === id)
  if (!found) throw new Error(`The seed has no document ${id}`)
  return found
}

export function slugOf(doc: SeedDocument): string {
  if (!doc.slug) throw new Error(`${doc._id} has no slug`)
  return doc.slug.current
}

/** Articles as the Insights index orders them: newest first, ties by id. */
export function articlesNewestFirst(): SeedDocument[] {
  return documentsOfType('article')
    .filter((doc) => doc.category)
    .sort(
      (a, b) =>
        (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a._id.localeCompare(b._id),
    )
}

/** A block's visible text, as the rich-text renderer writes it. */
export function blockText(block: SeedBlock): string {
  return (block.children ?? []).map((span) => span.text).join('')
}

/** The canonical address of a site path (query strings are not part of a canonical URL). */
export function canonicalFor(path: string): string {
  const url = new URL(path, SITE_URL)
  url.search = ''
  return url.href
}

/** A URL from the sitemap or a canonical link, as a path on the server under test. */
export function sitePath(absolute: string): string {
  const url = new URL(absolute)
  if (url.origin !== SITE_URL) throw new Error(`${absolute} is not on ${SITE_URL}`)
  return `${url.pathname}${url.search}`
}

/**
 * Waits until every streamed Suspense boundary has replaced its fallback. React parks streamed
 * content in hidden `S:` elements and reveals it a moment after it arrives, which can be after
 * the load event; a page read before then shows its prerendered shell.
 */
export async function streamedContentShown(page: Page): Promise<void> {
  await expect(page.locator('[hidden][id^="S:"]')).toHaveCount(0)
}

/** Every JSON-LD object on the page (or only those in `<head>`), parsed. */
export async function readJsonLd(page: Page, where: 'head' | 'document' = 'document') {
  const selector = `${where === 'head' ? 'head ' : ''}script[type="application/ld+json"]`
  const texts = await page.locator(selector).allTextContents()
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>)
}

export function jsonLdOfType(objects: Record<string, unknown>[], type: string) {
  return objects.filter((object) => object['@type'] === type)
}
