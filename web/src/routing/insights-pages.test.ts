import { describe, expect, it } from 'vitest'
import { insightsHref, pageNumber } from './insights-pages'

describe('pageNumber', () => {
  it('reads page 2 and up', () => {
    expect(pageNumber('2')).toBe(2)
    expect(pageNumber('13')).toBe(13)
  })

  it('refuses page 1 (that is the index itself), zero, signs, padding and words', () => {
    for (const segment of ['1', '0', '-2', '02', '2.5', '1e3', 'two', '', '9999999']) {
      expect(pageNumber(segment)).toBeNull()
    }
  })
})

describe('insightsHref', () => {
  it('gives each view its own path, with no page segment for page 1', () => {
    expect(insightsHref(1, null)).toBe('/insights')
    expect(insightsHref(2, null)).toBe('/insights/page/2')
    expect(insightsHref(1, 'technology')).toBe('/insights/category/technology')
    expect(insightsHref(3, 'technology')).toBe('/insights/category/technology/page/3')
  })
})
