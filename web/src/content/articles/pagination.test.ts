import { describe, expect, it } from 'vitest'
import { pageOf } from './pagination'

const thirteen = Array.from({ length: 13 }, (_, i) => i + 1)

describe('pageOf', () => {
  it('cuts twelve a page and counts the pages', () => {
    expect(pageOf(thirteen, 1)).toEqual({ items: thirteen.slice(0, 12), total: 13, pageCount: 2 })
    expect(pageOf(thirteen, 2).items).toEqual([13])
  })

  it('answers an empty page past the end, and one page for nothing', () => {
    expect(pageOf(thirteen, 3).items).toEqual([])
    expect(pageOf([], 1)).toEqual({ items: [], total: 0, pageCount: 1 })
  })
})
