import { describe, expect, it } from 'vitest'
import { insightsHref, readIndexParams } from './index-params'

describe('readIndexParams', () => {
  it('reads a page number and a category slug', () => {
    expect(readIndexParams({ page: '2', category: 'technology' })).toEqual({
      page: 2,
      category: 'technology',
    })
  })

  it('falls back to the first page of everything on odd input', () => {
    for (const page of ['0', '-1', 'abc', '1e99', undefined]) {
      expect(readIndexParams({ page }).page).toBe(1)
    }
    expect(readIndexParams({ category: '<script>' }).category).toBeNull()
    expect(readIndexParams({ category: ['aviation', 'other'] }).category).toBe('aviation')
  })
})

describe('insightsHref', () => {
  it('keeps the canonical address for the first unfiltered page', () => {
    expect(insightsHref(1, null)).toBe('/insights')
    expect(insightsHref(3, 'technology')).toBe('/insights?category=technology&page=3')
  })
})
