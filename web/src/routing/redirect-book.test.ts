import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RedirectMap } from '@/content/redirects'
import { MIN_RELOAD_INTERVAL_MS } from './reloading'
import { markRedirectsStale, REDIRECTS_REFRESH_MS, redirectBook } from './redirect-book'

const map = (sources: string[]): RedirectMap =>
  new Map(sources.map((source) => [source, { destination: '/new', permanent: true }]))

function book(versions: string[][]) {
  let time = 1_000_000
  const load = vi.fn(async () =>
    map(versions[Math.min(load.mock.calls.length - 1, versions.length - 1)]!),
  )
  const subject = redirectBook({ load, now: () => time })
  return { subject, load, advance: (ms: number) => (time += ms) }
}

afterEach(() => vi.restoreAllMocks())

describe('redirectBook', () => {
  it('loads once and answers every address from memory', async () => {
    const { subject, load } = book([['/old']])
    expect(await subject.find('/old')).toEqual({ destination: '/new', permanent: true })
    for (let i = 0; i < 1000; i++) expect(await subject.find(`/page-${i}`)).toBeUndefined()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('applies a redirect published since at once when the webhook marked them stale', async () => {
    const { subject, load } = book([['/old'], ['/old', '/newly-redirected']])
    expect(await subject.find('/newly-redirected')).toBeUndefined()
    markRedirectsStale()
    expect(await subject.find('/newly-redirected')).toBeDefined()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('refreshes in the background once a minute, without keeping a visitor waiting', async () => {
    const { subject, load, advance } = book([[], ['/elsewhere']])
    expect(await subject.find('/elsewhere')).toBeUndefined()
    // Traffic alone does not reload it every few seconds: each reload is a Content Lake query.
    advance(MIN_RELOAD_INTERVAL_MS)
    expect(await subject.find('/elsewhere')).toBeUndefined()
    expect(load).toHaveBeenCalledTimes(1)
    advance(REDIRECTS_REFRESH_MS - MIN_RELOAD_INTERVAL_MS)
    expect(await subject.find('/elsewhere')).toBeUndefined()
    await vi.waitFor(async () => expect(await subject.find('/elsewhere')).toBeDefined())
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('serves pages without redirects when they cannot be loaded, asking again only later', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const load = vi.fn(() => Promise.reject(new Error('down')))
    const subject = redirectBook({ load })
    expect(await subject.find('/old')).toBeUndefined()
    expect(await subject.find('/old')).toBeUndefined()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps the redirects it knows when a reload fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const load = vi.fn(async () => map(['/old']))
    const subject = redirectBook({ load })
    expect(await subject.find('/old')).toBeDefined()
    load.mockRejectedValueOnce(new Error('down'))
    markRedirectsStale()
    expect(await subject.find('/old')).toBeDefined()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
