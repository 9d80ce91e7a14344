import { afterEach, describe, expect, it, vi } from 'vitest'
import { ARTICLES_PER_PAGE } from '@/content/articles/pagination'
import type { KnownSlugs } from '@/content/known-slugs'
import { MIN_RELOAD_INTERVAL_MS } from './reloading'
import { markKnownSlugsStale, slugBook } from './slug-book'

function slugs(articles: string[], technology = 0): KnownSlugs {
  const none = new Set<string>()
  const listed = { all: articles.length, category: new Map([['technology', technology]]) }
  return {
    article: new Set(articles),
    category: none,
    sector: none,
    venture: none,
    page: none,
    listed,
  }
}

/** Enough slugs to fill `pages` pages of the Insights index, and the last one just. */
const filling = (pages: number) =>
  Array.from({ length: pages * ARTICLES_PER_PAGE }, (_, n) => `article-${n}`)

function book(versions: string[][]) {
  let time = 1_000_000
  const load = vi.fn(async () =>
    slugs(versions[Math.min(load.mock.calls.length - 1, versions.length - 1)]!),
  )
  const subject = slugBook({ load, now: () => time })
  return { subject, load, advance: (ms: number) => (time += ms) }
}

afterEach(() => vi.restoreAllMocks())

describe('slugBook', () => {
  it('loads once and answers from memory', async () => {
    const { subject, load } = book([['a']])
    expect(await subject.isPublished('article', 'a')).toBe(true)
    expect(await subject.isPublished('article', 'a')).toBe(true)
    expect(await subject.isPublished('sector', 'a')).toBe(false)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('reloads on a miss at most once per interval, however many unknown addresses come', async () => {
    const { subject, load, advance } = book([['a']])
    for (let i = 0; i < 1000; i++) expect(await subject.isPublished('article', `x${i}`)).toBe(false)
    expect(load).toHaveBeenCalledTimes(1)
    advance(MIN_RELOAD_INTERVAL_MS)
    expect(await subject.isPublished('article', 'x')).toBe(false)
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('finds a slug published since at once when the webhook marked the slugs stale', async () => {
    const { subject, load } = book([['a'], ['a', 'new']])
    expect(await subject.isPublished('article', 'a')).toBe(true)
    markKnownSlugsStale()
    expect(await subject.isPublished('article', 'new')).toBe(true)
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('knows a listing has pages 2 to its last, and no other', async () => {
    const { subject, load } = book([filling(3)])
    const all = { of: 'all' } as const
    expect(await subject.hasPage(all, 2)).toBe(true)
    expect(await subject.hasPage(all, 3)).toBe(true)
    expect(await subject.hasPage(all, 4)).toBe(false)
    expect(await subject.hasPage(all, 1)).toBe(false)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('counts a category by its own articles, and knows no page of an unknown category', async () => {
    const subject = slugBook({ load: async () => slugs(['a'], ARTICLES_PER_PAGE + 1) })
    expect(await subject.hasPage({ of: 'category', slug: 'technology' }, 2)).toBe(true)
    expect(await subject.hasPage({ of: 'category', slug: 'technology' }, 3)).toBe(false)
    expect(await subject.hasPage({ of: 'category', slug: 'no-such-category' }, 2)).toBe(false)
    expect(await subject.hasPage({ of: 'all' }, 2)).toBe(false)
  })

  it('finds a page a publish has just filled when the webhook marked the slugs stale', async () => {
    const { subject } = book([filling(1), [...filling(1), 'one-more']])
    expect(await subject.hasPage({ of: 'all' }, 2)).toBe(false)
    markKnownSlugsStale()
    expect(await subject.hasPage({ of: 'all' }, 2)).toBe(true)
  })

  it('lets the address through when the slugs cannot be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const subject = slugBook({ load: () => Promise.reject(new Error('down')) })
    expect(await subject.isPublished('article', 'a')).toBe(true)
  })
})
