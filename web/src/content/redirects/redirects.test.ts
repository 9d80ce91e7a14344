import { describe, expect, it, vi } from 'vitest'
import { CONTRACT_DATASETS, queryOver, runQuery } from '../testing/dataset'
import { parseRedirects } from '.'
import { REDIRECTS_QUERY } from './query'

const row = (id: string, source: unknown, destination: unknown, permanent: unknown = true) => ({
  _id: id,
  source,
  destination,
  permanent,
})

describe('REDIRECTS_QUERY over the seed dataset', () => {
  it('maps the seed’s old address to its page, permanently', async () => {
    const map = parseRedirects(await runQuery(REDIRECTS_QUERY))
    expect(map.get('/about')).toEqual({ destination: '/who-we-are', permanent: true })
  })

  it('treats a redirect the editor never switched as permanent', async () => {
    const rows = await queryOver(CONTRACT_DATASETS.smallest)(REDIRECTS_QUERY)
    expect(parseRedirects(rows).get('/about')?.permanent).toBe(true)
  })
})

describe('parseRedirects', () => {
  it('keeps good redirects, and leaves out only those it cannot obey safely', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const map = parseRedirects([
      row('temporary', '/old/', 'https://example.com/x?y=1', false),
      row('chained-1', '/a', '/b?from=a'),
      row('chained-2', '/b', '/c'),
      row('loop-1', '/x', '/y'),
      row('loop-2', '/y', '/x'),
      row('off-site-source', 'https://example.com/a', '/c'),
      row('script', '/d', 'javascript:alert(1)'),
      row('second-from-a', '/a', '/e'),
      { _id: 'wrong-shape', source: 7 },
    ])
    expect(Object.fromEntries(map)).toEqual({
      '/old': { destination: 'https://example.com/x?y=1', permanent: false },
      '/a': { destination: '/b?from=a', permanent: true },
      '/b': { destination: '/c', permanent: true },
    })
    const logged = errors.mock.calls.map(([message]) => String(message).split(' ')[1])
    expect(logged.sort()).toEqual(
      ['loop-1', 'loop-2', 'off-site-source', 'script', 'second-from-a', 'wrong-shape'].sort(),
    )
    errors.mockRestore()
  })
})
