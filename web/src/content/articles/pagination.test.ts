import { describe, expect, it } from 'vitest'
import { pageCountOf, pageRange } from './pagination'

describe('pagination', () => {
  it('cuts twelve a page and counts the pages', () => {
    expect(pageRange(1)).toEqual({ start: 0, end: 12 })
    expect(pageRange(2)).toEqual({ start: 12, end: 24 })
    expect(pageCountOf(13)).toBe(2)
    expect(pageCountOf(12)).toBe(1)
  })

  it('gives an empty list its first page', () => {
    expect(pageCountOf(0)).toBe(1)
  })
})
