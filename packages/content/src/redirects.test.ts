import { describe, expect, it } from 'vitest'
import { destinationPath, redirectDestination, redirectSource } from './redirects'

describe('redirectSource', () => {
  it('keeps a path on this site as the router sees it', () => {
    expect(redirectSource('/insights/old-slug')).toBe('/insights/old-slug')
    expect(redirectSource('/news/2019/report/')).toBe('/news/2019/report')
    expect(redirectSource('/news/café')).toBe('/news/caf%C3%A9')
  })

  it.each([
    ['an address elsewhere', 'https://example.com/x'],
    ['a protocol-relative address', '//example.com/x'],
    ['a path without its slash', 'insights/x'],
    ['a query string', '/insights?page=2'],
    ['a fragment', '/insights#top'],
    ['the home page', '/'],
    ['an address the site answers itself', '/api/revalidate'],
    ['a backslash', '/\\example.com'],
    ['not text', 42],
  ])('refuses %s', (_, raw) => {
    expect(redirectSource(raw)).toBeNull()
  })
})

describe('redirectDestination', () => {
  it('keeps a site path with its query string and fragment', () => {
    expect(redirectDestination('/insights/category/aviation?page=2#list')).toBe(
      '/insights/category/aviation?page=2#list',
    )
    expect(redirectDestination(' /who-we-are/ ')).toBe('/who-we-are')
  })

  it('keeps an https address whole', () => {
    expect(redirectDestination('https://www.example.com/report?id=7')).toBe(
      'https://www.example.com/report?id=7',
    )
  })

  it.each([
    ['plain http', 'http://example.com/'],
    ['script', 'javascript:alert(1)'],
    ['a protocol-relative address', '//evil.example/'],
    ['a path that climbs to another host', '/\\evil.example'],
    ['email', 'mailto:someone@example.com'],
    ['nothing', ''],
  ])('refuses %s', (_, raw) => {
    expect(redirectDestination(raw)).toBeNull()
  })
})

describe('destinationPath', () => {
  it('is the page a site destination lands on, or null off the site', () => {
    expect(destinationPath('/insights/new?utm=x')).toBe('/insights/new')
    expect(destinationPath('https://example.com/insights/new')).toBeNull()
  })
})
