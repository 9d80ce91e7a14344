import { describe, expect, it } from 'vitest'
import { pageMetadata, titleWithSuffix } from './metadata'
import { ARTICLE_PATH, ARTICLE_TITLE, CHAFFCENT_SITE as site } from './site.fixture'
import type { PageSeo } from './types'

const excerpt = 'Why converging IT and OT estates need one security coordination model.'
const articlePage: PageSeo = {
  title: ARTICLE_TITLE,
  description: excerpt,
  path: ARTICLE_PATH,
  kind: 'article',
  publishedAt: '2025-04-08',
}

describe('titleWithSuffix', () => {
  it('appends the suffix after a pipe, trimming stray spaces', () => {
    expect(titleWithSuffix('  Insights ', 'ChaffCent Ventures Limited')).toBe(
      'Insights | ChaffCent Ventures Limited',
    )
  })

  it('never repeats the suffix, and leaves a standalone title alone', () => {
    expect(titleWithSuffix('ChaffCent Ventures Limited', 'ChaffCent Ventures Limited')).toBe(
      'ChaffCent Ventures Limited',
    )
    expect(titleWithSuffix('ChaffCent Ventures Limited', 'ChaffCent Ventures', true)).toBe(
      'ChaffCent Ventures Limited',
    )
  })
})

describe('pageMetadata for an article', () => {
  const metadata = pageMetadata(site, articlePage)

  it('gives the document and Open Graph titles their different suffixes', () => {
    expect(metadata.title).toEqual({ absolute: `${ARTICLE_TITLE} | ChaffCent Ventures Limited` })
    expect(metadata.openGraph.title).toBe(`${ARTICLE_TITLE} | ChaffCent Ventures`)
  })

  it('uses the excerpt, the legal name and the site keywords as the current site does', () => {
    expect(metadata.description).toBe(excerpt)
    expect(metadata.openGraph.description).toBe(excerpt)
    expect(metadata.authors).toEqual([{ name: 'ChaffCent Ventures Limited' }])
    expect(metadata.creator).toBe('ChaffCent Ventures Limited')
    expect(metadata.publisher).toBe('ChaffCent Ventures Limited')
    expect(metadata.keywords).toEqual(site.seo?.keywords)
    expect(metadata.keywords).not.toBe(site.seo?.keywords)
  })

  it('points canonical and og:url at the absolute article address', () => {
    const canonical =
      'https://www.chaffcent.com/insights/it-ot-convergence-high-consequence-environments'
    expect(metadata.alternates.canonical).toBe(canonical)
    expect(metadata.openGraph.url).toBe(canonical)
  })

  it('describes an article in en_GB with its publication dates', () => {
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      siteName: 'ChaffCent Ventures Limited',
      locale: 'en_GB',
      publishedTime: '2025-04-08',
      modifiedTime: '2025-04-08',
    })
    const revised = pageMetadata(site, { ...articlePage, modifiedAt: '2025-05-01' })
    expect(revised.openGraph).toMatchObject({ modifiedTime: '2025-05-01' })
  })

  it('lets search engines index and follow it', () => {
    expect(metadata.robots).toEqual({
      index: true,
      follow: true,
      googleBot: { index: true, follow: true },
    })
  })

  it('uses the site-wide Twitter wording whatever the page', () => {
    expect(metadata.twitter).toEqual({
      card: 'summary_large_image',
      title: 'ChaffCent Ventures Limited',
      description:
        'Strategic advisory and capability development across security, aviation, infrastructure, and advanced technology.',
    })
  })
})

describe('a site whose editors left every optional setting empty', () => {
  const { seo: _seo, contactType: _type, areaServed: _area, knowsAbout: _knows, ...bare } = site
  const metadata = pageMetadata(bare, articlePage)

  it('gives titles no ending and lists no keywords', () => {
    expect(metadata.title).toEqual({ absolute: ARTICLE_TITLE })
    expect(metadata.keywords).toBeUndefined()
  })

  it('shares the page’s own title and description on X', () => {
    expect(metadata.twitter).toMatchObject({ title: ARTICLE_TITLE, description: excerpt })
  })
})
