import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import PageCache from './handler'
import { areTagsExpired, FileSystemCache, tagsManifest } from './next-internals'
import { cacheClock } from './cache-clock.ts'

type Handler = InstanceType<typeof FileSystemCache>
const options = {
  serverDistDir: mkdtempSync(path.join(os.tmpdir(), 'page-cache-')),
  flushToDisk: false,
  maxMemoryCacheSize: 1024 * 1024,
  revalidatedTags: [],
} as unknown as ConstructorParameters<typeof FileSystemCache>[0]
const readPage = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false } as const
const storePage = {
  fetchCache: false,
  isRoutePPREnabled: false,
  isFallback: false,
  cacheControl: { revalidate: false, expire: undefined },
} as const

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5))
let pages = 0

/** A render of a page tagged `tag`: asked for, rendered, stored; `during` runs mid-render. */
async function render(handler: Handler, tag: string, during: () => Promise<void>) {
  const key = `/page-${++pages}`
  await handler.get(key, readPage as never)
  await tick()
  await during()
  await tick()
  const page = {
    kind: 'APP_PAGE',
    html: '<p>rendered</p>',
    rscData: Buffer.from('rsc'),
    headers: { 'x-next-cache-tags': tag },
    status: 200,
    postponed: undefined,
    segmentData: undefined,
  }
  await handler.set(key, page as never, storePage as never)
  return key
}

async function expire(tag: string) {
  tagsManifest.set(tag, { expired: cacheClock() })
  await tick()
}

async function expiredOnNextRead(handler: Handler, key: string, tag: string): Promise<boolean> {
  const stored = await handler.get(key, readPage as never)
  expect(stored?.value).toBeTruthy()
  return areTagsExpired([tag], stored!.lastModified)
}

describe('PageCache', () => {
  it('expires a page whose render began before a publish and was stored after it', async () => {
    const handler = new PageCache(options)
    const key = await render(handler, 'mid-render', () => expire('mid-render'))
    expect(await expiredOnNextRead(handler, key, 'mid-render')).toBe(true)
  })

  it('keeps a page rendered wholly after the publish, so a publish costs one render', async () => {
    const handler = new PageCache(options)
    await expire('before-render')
    const key = await render(handler, 'before-render', tick)
    expect(await expiredOnNextRead(handler, key, 'before-render')).toBe(false)
  })

  // Why the handler exists: Next's own page cache dates a page from its store, and keeps it.
  it('(Next’s own cache, for comparison, keeps the page rendered across the publish)', async () => {
    const handler = new FileSystemCache(options)
    const key = await render(handler, 'next-own', () => expire('next-own'))
    expect(await expiredOnNextRead(handler, key, 'next-own')).toBe(false)
  })
})
