import { describe, expect, it } from 'vitest'
import { OFF_SITE, OFF_SITE_QUERIES } from './off-site.fixture'
import { safeRedirectPath, withSafePreviewPathname } from './redirect-path'

describe('safeRedirectPath', () => {
  it.each([
    ['/', '/'],
    ['/insights/counter-uav', '/insights/counter-uav'],
    ['/insights?page=2#latest', '/insights?page=2#latest'],
    ['/a/../b', '/b'],
    ['/with space', '/with%20space'],
  ])('keeps the path %s on this site as %s', (requested, expected) => {
    expect(safeRedirectPath(requested)).toBe(expected)
  })

  it.each<[string, string | null]>([
    ['nothing', null],
    ['an empty string', ''],
    ['an absolute URL', 'https://evil.example/phish'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash host', '/\\evil.example'],
    ['a tab that a browser strips into //', '/\t/evil.example'],
    ['a newline that a browser strips into //', '/\n/evil.example'],
    ['a relative path without a slash', 'insights'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ...OFF_SITE.map((form): [string, string] => [
      `${JSON.stringify(form)}, which normalises off the site`,
      form,
    ]),
  ])('sends %s to the home page', (_name, requested) => {
    expect(safeRedirectPath(requested)).toBe('/')
  })
})

describe('safeRedirectPath keeps look-alikes that stay on the site', () => {
  it.each([
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/a/.//b', '/a//b'],
    ['/insights/./counter-uav', '/insights/counter-uav'],
  ])('%s stays a path here: %s', (requested, expected) => {
    expect(safeRedirectPath(requested)).toBe(expected)
  })
})

describe("withSafePreviewPathname (the hosted route, before next-sanity's redirect)", () => {
  const enable = 'https://chaffcent.example/api/draft-mode/enable?sanity-preview-secret=s'

  it.each(OFF_SITE_QUERIES)('sends %s home', (target) => {
    const request = withSafePreviewPathname(
      new Request(`${enable}&sanity-preview-pathname=${target}`),
    )
    const url = new URL(request.url)
    expect(url.searchParams.get('sanity-preview-pathname')).toBe('/')
    expect(url.searchParams.get('sanity-preview-secret')).toBe('s')
  })

  it('keeps a path on the site and the headers next-sanity reads', () => {
    const original = new Request(`${enable}&sanity-preview-pathname=/insights`, {
      headers: { 'sec-fetch-dest': 'iframe' },
    })
    const request = withSafePreviewPathname(original)
    expect(new URL(request.url).searchParams.get('sanity-preview-pathname')).toBe('/insights')
    expect(request.headers.get('sec-fetch-dest')).toBe('iframe')
  })
})
