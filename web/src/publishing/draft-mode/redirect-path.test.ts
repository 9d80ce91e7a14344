import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from './redirect-path'

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

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['an absolute URL', 'https://evil.example/phish'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash host', '/\\evil.example'],
    ['a tab that a browser strips into //', '/\t/evil.example'],
    ['a newline that a browser strips into //', '/\n/evil.example'],
    ['a relative path without a slash', 'insights'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('sends %s to the home page', (_name, requested) => {
    expect(safeRedirectPath(requested)).toBe('/')
  })
})
