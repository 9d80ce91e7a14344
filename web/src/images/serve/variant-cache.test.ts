import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createVariantCache } from './variant-cache'

const folder = () => mkdtempSync(path.join(tmpdir(), 'variant-cache-'))
/** A render that says how often it ran: the bytes are its argument, `n` bytes long. */
function renderer() {
  const runs: string[] = []
  return {
    runs,
    of: (key: string, bytes: number) => async () => {
      runs.push(key)
      return new Uint8Array(bytes).fill(key.charCodeAt(0))
    },
  }
}

describe('the rendered-image cache', () => {
  it('renders a variant once, however often and however at once it is asked for', async () => {
    const cache = createVariantCache({ dir: folder(), maxBytes: 1000 })
    const render = renderer()
    const bodies = await Promise.all([1, 2, 3].map(() => cache.get('a', 'png', render.of('a', 10))))
    bodies.push(await cache.get('a', 'png', render.of('a', 10)))
    expect(render.runs).toEqual(['a'])
    expect(new Set(bodies.map((body) => Buffer.from(body).toString('hex'))).size).toBe(1)
    expect(cache.stats()).toMatchObject({ renders: 1, hits: 1, files: 1, bytes: 10 })
  })

  it('stays within its bound in bytes, least recently used out first', async () => {
    const dir = folder()
    const cache = createVariantCache({ dir, maxBytes: 250 })
    const render = renderer()
    await cache.get('a', 'png', render.of('a', 100))
    await cache.get('b', 'png', render.of('b', 100))
    await cache.get('a', 'png', render.of('a', 100)) // a is now the more recently used
    await cache.get('c', 'png', render.of('c', 100))
    expect(cache.stats()).toMatchObject({ files: 2, bytes: 200 })
    expect(readdirSync(dir)).toHaveLength(2)
    await cache.get('a', 'png', render.of('a', 100))
    await cache.get('b', 'png', render.of('b', 100))
    expect(render.runs).toEqual(['a', 'b', 'c', 'b'])
  })

  it('serves a variant larger than the whole bound without keeping it', async () => {
    const dir = folder()
    const cache = createVariantCache({ dir, maxBytes: 50 })
    expect((await cache.get('big', 'png', renderer().of('big', 60))).byteLength).toBe(60)
    expect(readdirSync(dir)).toEqual([])
  })

  it('finds what it kept after a restart, and renders again what went missing', async () => {
    const dir = folder()
    const first = createVariantCache({ dir, maxBytes: 1000 })
    await first.get('a', 'png', renderer().of('a', 10))
    await first.get('b', 'webp', renderer().of('b', 10))
    const render = renderer()
    const second = createVariantCache({ dir, maxBytes: 1000 })
    expect(second.stats()).toMatchObject({ files: 2, bytes: 20 })
    await second.get('a', 'png', render.of('a', 10))
    expect(render.runs).toEqual([])
    for (const name of readdirSync(dir)) if (name.endsWith('.webp')) rmFile(dir, name)
    await second.get('b', 'webp', render.of('b', 10))
    expect(render.runs).toEqual(['b'])
  })
})

function rmFile(dir: string, name: string) {
  const file = path.join(dir, name)
  rmSync(file)
  expect(existsSync(file)).toBe(false)
}
