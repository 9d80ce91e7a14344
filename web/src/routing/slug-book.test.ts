import { afterEach, describe, expect, it, vi } from 'vitest'
import { bySluggedType, type KnownSlugs } from '@/content/known-slugs'
import { MIN_RELOAD_INTERVAL_MS } from './reloading'
import { markKnownSlugsStale, slugBook } from './slug-book'

function slugs(articles: string[]): KnownSlugs {
  return bySluggedType(articles.map((slug) => ({ _type: 'article', slug })))
}

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

  it('lets the address through when the slugs cannot be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const subject = slugBook({ load: () => Promise.reject(new Error('down')) })
    expect(await subject.isPublished('article', 'a')).toBe(true)
  })
})
