import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LastGoodStore } from './store'

const tempFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'last-good-')), 'store.json')

describe('LastGoodStore', () => {
  it('keeps only real results: not null, not an empty list', () => {
    const store = new LastGoodStore(null)
    store.remember('missing', null)
    store.remember('random-category', [])
    store.remember('article', { _id: 'a' })
    expect(store.has('missing')).toBe(false)
    expect(store.has('random-category')).toBe(false)
    expect(store.recall('article')).toEqual({ _id: 'a' })
  })

  it('forgets a result that became empty, so nothing deleted comes back', () => {
    const store = new LastGoodStore(null)
    store.remember('article', { _id: 'a' })
    store.remember('article', null)
    expect(store.has('article')).toBe(false)
  })

  it('holds at most its bound, dropping the least recently refreshed', () => {
    const store = new LastGoodStore(null, 2)
    store.remember('a', 1)
    store.remember('b', 2)
    store.remember('a', 1)
    store.remember('c', 3)
    expect(['a', 'b', 'c'].filter((key) => store.has(key))).toEqual(['a', 'c'])
  })

  it('survives a restart through its file', () => {
    const file = tempFile()
    const before = new LastGoodStore(file)
    before.remember('settings', { legalName: 'ChaffCent Ventures Limited' })
    before.flush()
    expect(new LastGoodStore(file).recall('settings')).toEqual({
      legalName: 'ChaffCent Ventures Limited',
    })
  })

  it('keeps another writer’s entries but not what it forgot', () => {
    const file = tempFile()
    const first = new LastGoodStore(file)
    const second = new LastGoodStore(file)
    first.remember('home', { _id: 'home' })
    first.remember('gone', { _id: 'gone' })
    first.flush()
    second.remember('settings', { _id: 'siteSettings' })
    second.flush()
    first.remember('gone', null)
    first.flush()
    const saved = JSON.parse(readFileSync(file, 'utf8')) as [string, unknown][]
    expect(saved.map(([key]) => key).sort()).toEqual(['home', 'settings'])
  })
})
