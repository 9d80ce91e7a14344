import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { claimRouteCache } from './route-cache-owner'

function routeCacheWithAPage(): { dir: string; page: string } {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'route-cache-')), 'route-cache')
  const page = path.join(dir, 'APP_PAGE', 'abc', '$', 'index.html')
  mkdirSync(path.dirname(page), { recursive: true })
  writeFileSync(page, '<h1>Rendered from dataset A</h1>')
  return { dir, page }
}

describe('claimRouteCache', () => {
  it('clears pages whose owner it does not know (written before owners were recorded)', () => {
    const { dir, page } = routeCacheWithAPage()
    expect(claimRouteCache(dir, 'build-1\nembedded:/a.ndjson')).toBe(true)
    expect(existsSync(page)).toBe(false)
  })

  it('keeps pages its own build and content wrote', () => {
    const { dir, page } = routeCacheWithAPage()
    claimRouteCache(dir, 'build-1\nembedded:/a.ndjson')
    mkdirSync(path.dirname(page), { recursive: true })
    writeFileSync(page, '<h1>Rendered from dataset A</h1>')
    expect(claimRouteCache(dir, 'build-1\nembedded:/a.ndjson')).toBe(false)
    expect(existsSync(page)).toBe(true)
  })

  it('clears them for another dataset or another build', () => {
    for (const other of ['build-1\nembedded:/b.ndjson', 'build-2\nembedded:/a.ndjson']) {
      const { dir, page } = routeCacheWithAPage()
      claimRouteCache(dir, 'build-1\nembedded:/a.ndjson')
      mkdirSync(path.dirname(page), { recursive: true })
      writeFileSync(page, '<h1>Rendered from dataset A</h1>')
      expect(claimRouteCache(dir, other)).toBe(true)
      expect(existsSync(page)).toBe(false)
    }
  })
})
