import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EDGE_READ_TIMEOUT_MS, emptyEdgeCacheForPublish } from './edge-purge'

const edgeFolder = () => mkdtempSync(path.join(os.tmpdir(), 'edge-cache-'))

describe('emptyEdgeCacheForPublish', () => {
  it('empties the edge at once, and again once answers in flight have landed', async () => {
    const dir = edgeFolder()
    const before = path.join(dir, 'cached-before-the-publish')
    writeFileSync(before, 'old page')
    await emptyEdgeCacheForPublish(dir, 100)
    expect(existsSync(before)).toBe(false)

    // nginx stores an answer it was awaiting as the publish landed: rendered before it.
    const inFlight = path.join(dir, 'stored-after-the-publish')
    writeFileSync(inFlight, 'old page, rendered before the publish')
    await expect.poll(() => existsSync(inFlight), { timeout: 2_000 }).toBe(false)
  })

  it('waits as long as nginx waits for an instance (deploy/nginx.conf.template)', () => {
    const template = readFileSync(
      path.join(import.meta.dirname, '../../../deploy/nginx.conf.template'),
      'utf8',
    )
    const [, seconds] = /proxy_read_timeout (\d+)s;/.exec(template) ?? []
    expect(Number(seconds) * 1000).toBe(EDGE_READ_TIMEOUT_MS)
  })

  it('does nothing without an edge', async () => {
    await expect(emptyEdgeCacheForPublish(undefined, 10)).resolves.toBeUndefined()
  })
})
