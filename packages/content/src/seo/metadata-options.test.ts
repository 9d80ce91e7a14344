import { describe, expect, it } from 'vitest'
import { pageMetadata } from './metadata'
import { CHAFFCENT_SITE as site } from './site.fixture'
import type { PageSeo, SeoImage } from './types'

const home: PageSeo = {
  title: 'ChaffCent Ventures Limited',
  description: site.description,
  path: '/',
  kind: 'website',
  standaloneTitle: true,
}

const cover: SeoImage = {
  url: '/images/cover.jpg',
  width: 1200,
  height: 630,
  alt: 'A control room',
}

describe('pageMetadata options', () => {
  it('gives the home page the legal name alone, as a website', () => {
    const metadata = pageMetadata(site, home)
    expect(metadata.title).toEqual({ absolute: 'ChaffCent Ventures Limited' })
    expect(metadata.openGraph.title).toBe('ChaffCent Ventures Limited')
    expect(metadata.openGraph.type).toBe('website')
    expect(metadata.openGraph).not.toHaveProperty('publishedTime')
    expect(metadata.alternates.canonical).toBe('https://www.chaffcent.com/')
  })

  it('joins paths onto a site URL given with a trailing slash without doubling it', () => {
    const metadata = pageMetadata(
      { ...site, siteUrl: 'https://www.chaffcent.com/' },
      { ...home, path: '/legal/privacy', title: 'Privacy Notice', standaloneTitle: false },
    )
    expect(metadata.alternates.canonical).toBe('https://www.chaffcent.com/legal/privacy')
    expect(metadata.title).toEqual({ absolute: 'Privacy Notice | ChaffCent Ventures Limited' })
  })

  it('asks every robot to stay away when the document says noIndex', () => {
    const metadata = pageMetadata(site, { ...home, noIndex: true })
    expect(metadata.robots).toEqual({
      index: false,
      follow: false,
      googleBot: { index: false, follow: false },
    })
  })

  it('shares the page image at an absolute URL on Open Graph and Twitter', () => {
    const metadata = pageMetadata(site, { ...home, image: cover })
    const expected = [{ ...cover, url: 'https://www.chaffcent.com/images/cover.jpg' }]
    expect(metadata.openGraph.images).toEqual(expected)
    expect(metadata.twitter.images).toEqual(expected)
  })

  it('falls back to the site share image, and leaves images out when there is none', () => {
    const sanityImage = { ...cover, url: 'https://cdn.sanity.io/images/p/d/share.png' }
    const withShare = { ...site, seo: { ...site.seo, shareImage: sanityImage } }
    expect(pageMetadata(withShare, home).openGraph.images).toEqual([sanityImage])
    expect(pageMetadata(site, home).openGraph).not.toHaveProperty('images')
    expect(pageMetadata(site, home).twitter).not.toHaveProperty('images')
  })
})
