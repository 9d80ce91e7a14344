import { readdirSync } from 'node:fs'
import path from 'node:path'
import { LEGAL_SLUGS, PAGE_SLUGS } from '@chaffcent/content/routes'
import { TOP_LEVEL_ROUTES } from '@chaffcent/content/top-level-routes'
import { describe, expect, it } from 'vitest'
import { classifyAddress, SECTION_FILE_ROUTES } from './addresses'

/** The address each top-level entry of src/app serves, or null for `[page]` and non-routes. */
function topLevelAddress(entry: string): string | null {
  if (/^[[_(]/.test(entry) || /^(layout|page|not-found|error|global-error)\.tsx$/.test(entry))
    return null
  if (/\.(css)$/.test(entry)) return null
  if (entry === 'robots.ts') return 'robots.txt'
  // The sitemap's parts sit further down (/sitemaps/sitemap/<n>.xml), which the check lets by.
  if (entry === 'sitemaps') return null
  return entry.replace(/\.tsx?$/, '')
}

describe('classifyAddress', () => {
  it('knows every top-level route in src/app', () => {
    const app = path.join(import.meta.dirname, '..', 'app')
    const served = readdirSync(app).map(topLevelAddress).filter(Boolean)
    expect([...TOP_LEVEL_ROUTES].sort()).toEqual([...served].sort())
  })

  it('knows every fixed file route inside a slugged section (feed.xml beside [slug])', () => {
    const sections = ['insights', 'sectors', 'ventures', 'legal']
    const served = sections.flatMap((section) =>
      readdirSync(path.join(import.meta.dirname, '..', 'app', section))
        .filter((entry) => entry.includes('.') && !/\.(tsx?|css)$/.test(entry))
        .map((entry) => `/${section}/${entry}`),
    )
    expect([...SECTION_FILE_ROUTES].sort()).toEqual(served.sort())
  })

  it.each([
    ...SECTION_FILE_ROUTES,
    ...LEGAL_SLUGS.map((slug) => `/legal/${slug}`),
    ...TOP_LEVEL_ROUTES.map((route) => `/${route}`),
    '/',
    '/_next/static/chunks/x.js',
  ])('lets %s through', (pathname) => {
    expect(classifyAddress(pathname)).toEqual({ kind: 'exists' })
  })

  it.each([
    '/Who-We-Are',
    '/legal/no-such-document',
    '/insights/Not_A_Slug',
    `/insights/${'a'.repeat(97)}`,
    '/sectors/%2e%2e',
    '/ventures/a--b',
    '/insights/category/x%20y/page/2',
    '/insights/page/1',
    '/insights/page/0',
    '/insights/page/02',
    '/insights/page/+2',
    '/insights/page/-2',
    '/insights/page/2.0',
    '/insights/page/1e3',
    '/insights/page/9999999999',
    '/insights/page/two',
    '/insights/category/technology/page/1',
    '/insights/category/technology/page/007',
  ])('refuses %s without asking for content', (pathname) => {
    expect(classifyAddress(pathname)).toEqual({ kind: 'cannot-exist' })
  })

  it.each([
    ['/insights/some-article', 'article', 'some-article'],
    ['/insights/some-article/opengraph-image', 'article', 'some-article'],
    ['/insights/category/technology', 'category', 'technology'],
    ['/sectors/aviation', 'sector', 'aviation'],
    ['/ventures/v1', 'venture', 'v1'],
    ['/no-such-page', 'page', 'no-such-page'],
    ...PAGE_SLUGS.map((slug) => [`/${slug}`, 'page', slug]),
  ])('checks %s against the published %s slugs', (pathname, type, slug) => {
    expect(classifyAddress(pathname)).toEqual({ kind: 'if-published', type, slug })
  })

  it.each([
    ['/insights/page/2', { of: 'all' }, 2],
    ['/insights/page/999999', { of: 'all' }, 999999],
    ['/insights/category/technology/page/3', { of: 'category', slug: 'technology' }, 3],
  ])('checks %s against the length of its listing', (pathname, listing, page) => {
    expect(classifyAddress(pathname)).toEqual({ kind: 'if-page-exists', listing, page })
  })
})
