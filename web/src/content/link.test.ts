import { describe, expect, it } from 'vitest'
import { link } from './schemas'

describe('a menu or button link', () => {
  it('goes off the site to an https, mailto or tel address', () => {
    const off = (url: string) => link.parse({ _key: 'k', label: 'Elsewhere', url }).href
    expect(off('https://www.linkedin.com/company/chaffcent')).toBe(
      'https://www.linkedin.com/company/chaffcent',
    )
    expect(off('mailto:Contact@ChaffCent.co.uk')).toBe('mailto:Contact@ChaffCent.co.uk')
    expect(off('tel:+441544123456')).toBe('tel:+441544123456')
  })

  it('is left out when its address is one rich text would not link either', () => {
    for (const url of [
      'javascript:alert(1)',
      ' java\tscript:alert(1)',
      '//evil.example',
      'data:,x',
    ]) {
      const parsed = link.safeParse({ _key: 'k', label: 'Bad', url })
      expect(parsed.success).toBe(false)
      expect(parsed.error?.issues[0]?.message).toMatch(/not an https, mailto or tel URL/)
    }
  })

  it('still prefers a page of the site', () => {
    expect(link.parse({ label: 'Contact', route: '/contact', url: null }).href).toBe('/contact')
  })
})
