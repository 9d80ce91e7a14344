import { describe, expect, it } from 'vitest'
import { absoluteUrl, hrefFor, LEGAL_SLUGS } from './routes'

describe('hrefFor', () => {
  it('places each document type at its public address', () => {
    expect(hrefFor({ _type: 'article', slug: 'a-b' })).toBe('/insights/a-b')
    expect(hrefFor({ _type: 'sector', slug: 'aviation' })).toBe('/sectors/aviation')
    expect(hrefFor({ _type: 'venture', slug: 'v' })).toBe('/ventures/v')
    expect(hrefFor({ _type: 'page', slug: 'who-we-are' })).toBe('/who-we-are')
    expect(hrefFor({ _type: 'category', slug: 'technology' })).toBe('/insights/category/technology')
    expect(hrefFor({ _type: 'home' })).toBe('/')
    for (const slug of LEGAL_SLUGS)
      expect(hrefFor({ _type: 'legalDocument', slug })).toBe(`/legal/${slug}`)
  })

  it('gives no address to settings or to a document without a slug', () => {
    expect(hrefFor({ _type: 'siteSettings' })).toBeNull()
    expect(hrefFor({ _type: 'article', slug: '  ' })).toBeNull()
    expect(hrefFor({ _type: 'unknown', slug: 'x' })).toBeNull()
  })

  it.each(['/evil.example', '\\evil.example', '../legal/terms', 'a/b', 'UPPER', 'x'.repeat(97)])(
    'never builds an address from the slug %j (no //host, no climbing out)',
    (slug) => {
      for (const _type of ['page', 'article', 'sector', 'venture', 'legalDocument', 'category'])
        expect(hrefFor({ _type, slug })).toBeNull()
    },
  )
})

describe('absoluteUrl', () => {
  it('joins the site URL and a path whether or not the site URL ends with a slash', () => {
    expect(absoluteUrl('https://www.chaffcent.com', '/insights')).toBe(
      'https://www.chaffcent.com/insights',
    )
    expect(absoluteUrl('https://www.chaffcent.com/', '/')).toBe('https://www.chaffcent.com/')
  })
})
