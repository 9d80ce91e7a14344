import { describe, expect, it } from 'vitest'
import { safeHref } from './safe-href'

describe('safeHref', () => {
  it('keeps web addresses, normalised as the browser would', () => {
    expect(safeHref('https://www.example.com/report?id=7#s2')).toBe(
      'https://www.example.com/report?id=7#s2',
    )
    expect(safeHref('http://example.com')).toBe('http://example.com/')
    expect(safeHref('HTTPS://EXAMPLE.COM/Path')).toBe('https://example.com/Path')
    expect(safeHref('  https://example.com/  ')).toBe('https://example.com/')
  })

  it('keeps email and telephone links', () => {
    expect(safeHref('mailto:Contact@ChaffCent.co.uk')).toBe('mailto:Contact@ChaffCent.co.uk')
    expect(safeHref('tel:+441544123456')).toBe('tel:+441544123456')
  })

  it('refuses javascript: in any letter case', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull()
  })

  it('refuses javascript: hidden behind spaces, control characters, tabs or line breaks', () => {
    expect(safeHref('   javascript:alert(1)')).toBeNull()
    expect(safeHref('\u0000\u0001\u001fjavascript:alert(1)')).toBeNull()
    expect(safeHref('java\tscript:alert(1)')).toBeNull()
    expect(safeHref('java\nscr\ript:alert(1)')).toBeNull()
  })

  it('refuses other script-bearing schemes', () => {
    expect(safeHref('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')).toBeNull()
    expect(safeHref('vbscript:msgbox(1)')).toBeNull()
    expect(safeHref('file:///etc/passwd')).toBeNull()
  })

  it('refuses relative and protocol-relative addresses', () => {
    expect(safeHref('/insights')).toBeNull()
    expect(safeHref('../legal/terms')).toBeNull()
    expect(safeHref('#section')).toBeNull()
    expect(safeHref('//evil.example/path')).toBeNull()
    expect(safeHref('www.example.com')).toBeNull()
  })

  it('refuses what is not a usable URL at all', () => {
    expect(safeHref('')).toBeNull()
    expect(safeHref('   ')).toBeNull()
    expect(safeHref('https://')).toBeNull()
    expect(safeHref('http://exa mple.com')).toBeNull()
    expect(safeHref(undefined)).toBeNull()
    expect(safeHref(42)).toBeNull()
  })
})
