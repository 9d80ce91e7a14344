import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { LastGoodStore } from './store'

const run = promisify(execFile)
const STORE_MODULE = fileURLToPath(new URL('./store.ts', import.meta.url))
/** Lets a plain Node process import the site's TypeScript, as the bench's last-good does. */
const TSX = import.meta.resolve('tsx')

/** Runs `code` as an ES module in a separate Node process, as a build worker is. */
async function runNode(code: string): Promise<void> {
  await run(process.execPath, ['--import', TSX, '--input-type=module', '-e', code])
}

const tempFolder = () => mkdtempSync(path.join(os.tmpdir(), 'last-good-'))

const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'))

describe('LastGoodStore', () => {
  it('keeps only real results: not null, not an empty list', () => {
    const store = new LastGoodStore()
    store.remember('missing', null)
    store.remember('random-category', [])
    store.remember('article', { _id: 'a' })
    expect(store.has('missing')).toBe(false)
    expect(store.has('random-category')).toBe(false)
    expect(store.recall('article')).toEqual({ _id: 'a' })
  })

  it('forgets a result that became empty, after a restart too', () => {
    const folder = tempFolder()
    const store = new LastGoodStore({ folder })
    store.remember('article', { _id: 'a' })
    store.remember('article', null)
    expect(store.has('article')).toBe(false)
    expect(new LastGoodStore({ folder }).has('article')).toBe(false)
    expect(filesIn(folder)).toEqual([])
  })

  it('survives a restart: every entry is on disk as soon as it is remembered', () => {
    const folder = tempFolder()
    new LastGoodStore({ folder, building: true }).remember('settings', { legalName: 'ChaffCent' })
    expect(new LastGoodStore({ folder }).recall('settings')).toEqual({ legalName: 'ChaffCent' })
  })

  it('keeps every read the build makes, beyond any memory bound', () => {
    const folder = tempFolder()
    const build = new LastGoodStore({ folder, building: true, memoryBytes: 200 })
    for (let n = 0; n < 1000; n++) build.remember(`article-${n}`, { _id: `article-${n}` })
    const server = new LastGoodStore({ folder, memoryBytes: 200, maxRuntimeEntries: 10 })
    expect(server.recall('article-0')).toEqual({ _id: 'article-0' })
    expect(server.recall('article-999')).toEqual({ _id: 'article-999' })
  })

  it('keeps a read first made at runtime (a page rendered on demand) through a restart', () => {
    const folder = tempFolder()
    new LastGoodStore({ folder, building: true }).remember('newest-article', { _id: 'new' })
    new LastGoodStore({ folder }).remember('archived-article', { _id: 'old' })
    expect(filesIn(path.join(folder, 'runtime'))).toHaveLength(1)
    expect(new LastGoodStore({ folder }).recall('archived-article')).toEqual({ _id: 'old' })
  })

  it('caps reads first made at runtime, dropping the least recently refreshed', () => {
    const folder = tempFolder()
    new LastGoodStore({ folder, building: true }).remember('home', { _id: 'home' })
    const server = new LastGoodStore({ folder, maxRuntimeEntries: 10, memoryBytes: 0 })
    for (let n = 0; n < 100; n++) server.remember(`page-${n}`, { n })
    expect(filesIn(path.join(folder, 'runtime')).length).toBeLessThanOrEqual(10)
    expect(server.recall('page-99')).toEqual({ n: 99 })
    expect(server.has('page-0')).toBe(false)
    // What the build read is not counted against the cap, and is refreshed in place.
    server.remember('home', { _id: 'home', title: 'Refreshed' })
    expect(new LastGoodStore({ folder }).recall('home')).toEqual({
      _id: 'home',
      title: 'Refreshed',
    })
  })

  it('loses nothing when two writers (build workers) write at once', () => {
    const folder = tempFolder()
    const first = new LastGoodStore({ folder, building: true })
    const second = new LastGoodStore({ folder, building: true })
    for (let n = 0; n < 50; n++) {
      first.remember(`first-${n}`, { n })
      second.remember(`second-${n}`, { n })
      first.remember('shared', { by: 'first' })
      second.remember('shared', { by: 'second' })
    }
    const reader = new LastGoodStore({ folder })
    expect(reader.recall('first-49')).toEqual({ n: 49 })
    expect(reader.recall('second-0')).toEqual({ n: 0 })
    expect(reader.recall('shared')).toEqual({ by: 'second' })
    expect(filesIn(folder)).toHaveLength(101)
  })

  it('loses nothing when two build worker processes write at the same time', async () => {
    const folder = tempFolder()
    const writer = (name: string) =>
      `const { LastGoodStore } = await import(${JSON.stringify(STORE_MODULE)})
      const store = new LastGoodStore({ folder: ${JSON.stringify(folder)}, building: true })
      for (let n = 0; n < 200; n++) {
        store.remember('${name}-' + n, { n })
        store.remember('shared', { by: '${name}' })
      }`
    await Promise.all([runNode(writer('first')), runNode(writer('second'))])
    const reader = new LastGoodStore({ folder })
    expect(reader.recall('first-199')).toEqual({ n: 199 })
    expect(reader.recall('second-199')).toEqual({ n: 199 })
    expect(reader.recall('shared')).toHaveProperty('by')
    expect(filesIn(folder)).toHaveLength(401)
    // Two Node processes loading TypeScript through tsx: slow to start while the build runs beside.
  }, 60_000)

  it('never reads another folder’s entries (another build or dataset)', () => {
    const mine = new LastGoodStore({ folder: tempFolder(), building: true })
    mine.remember('settings', { _id: 'siteSettings' })
    expect(new LastGoodStore({ folder: tempFolder() }).has('settings')).toBe(false)
  })

  it('keeps new reads in memory, saying so once, where its folder is read-only', () => {
    const folder = tempFolder()
    new LastGoodStore({ folder, building: true }).remember('built', { _id: 'built' })
    // Tests may run as root, whom permissions do not stop: a file where a folder must go does.
    writeFileSync(path.join(folder, 'runtime'), '')
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const store = new LastGoodStore({ folder })
      store.remember('new', { _id: 'new' })
      store.remember('newer', { _id: 'newer' })
      expect(log).toHaveBeenCalledTimes(1)
      expect(store.recall('new')).toEqual({ _id: 'new' })
      expect(store.recall('built')).toEqual({ _id: 'built' })
    } finally {
      log.mockRestore()
    }
  })
})
