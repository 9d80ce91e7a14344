import { describe, expect, it } from 'vitest'
import { newest, sitemapIndexXml, SITEMAP_LIMITS, splitSitemap, type SitemapUrl } from './parts'

const urls = (count: number): SitemapUrl[] =>
  Array.from({ length: count }, (_, i) => ({
    url: `https://www.example.com/insights/article-${i}`,
    lastModified: '2026-11-30T09:00:00Z',
  }))

describe('splitSitemap', () => {
  it('keeps the protocol limits: 50,000 URLs and 50 MB a file', () => {
    expect(SITEMAP_LIMITS).toEqual({ urls: 50_000, bytes: 50 * 1024 * 1024 })
  })

  it('keeps every URL in one file while they fit', () => {
    expect(splitSitemap(urls(3), { urls: 3, bytes: 1_000_000 })).toEqual([urls(3)])
  })

  it('starts a new file at the URL limit, in order, losing none', () => {
    const parts = splitSitemap(urls(7), { urls: 3, bytes: 1_000_000 })
    expect(parts.map((part) => part.length)).toEqual([3, 3, 1])
    expect(parts.flat()).toEqual(urls(7))
  })

  it('starts a new file before one would pass the byte limit, as the XML counts them', () => {
    const one = splitSitemap(urls(1))[0]!
    const xmlBytes = Buffer.byteLength(
      `<url>\n<loc>${one[0]!.url}</loc>\n<lastmod>${one[0]!.lastModified}</lastmod>\n</url>\n`,
    )
    // Room for the envelope and two entries, not three.
    const parts = splitSitemap(urls(5), { urls: 100, bytes: 256 + 2 * xmlBytes + 1 })
    expect(parts.map((part) => part.length)).toEqual([2, 2, 1])
  })

  it('gives one empty file for no URLs, so /sitemap.xml still answers', () => {
    expect(splitSitemap([])).toEqual([[]])
  })
})

describe('newest', () => {
  it('compares dates as times, with or without a time of day, and skips missing ones', () => {
    expect(newest(['2026-11-30T09:00:00Z', '2026-11-30T09:00:00.500Z', null])).toBe(
      '2026-11-30T09:00:00.500Z',
    )
    expect(newest(['2025-01-01', undefined, '2024-12-31T23:00:00Z'])).toBe('2025-01-01')
    expect(newest([null, undefined])).toBeUndefined()
  })
})

describe('sitemapIndexXml', () => {
  it('lists each part with its date', () => {
    const xml = sitemapIndexXml([
      { url: 'https://www.example.com/sitemap/0.xml', lastModified: '2026-11-30T09:00:00Z' },
      { url: 'https://www.example.com/sitemap/1.xml', lastModified: '2025-01-01T09:00:00Z' },
    ])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(
      [...xml.matchAll(/<sitemap>\n<loc>([^<]+)<\/loc>\n<lastmod>([^<]+)<\/lastmod>/g)].map((m) =>
        m.slice(1),
      ),
    ).toEqual([
      ['https://www.example.com/sitemap/0.xml', '2026-11-30T09:00:00Z'],
      ['https://www.example.com/sitemap/1.xml', '2025-01-01T09:00:00Z'],
    ])
  })
})
