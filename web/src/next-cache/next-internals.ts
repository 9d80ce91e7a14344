import { createRequire } from 'node:module'
import type { TagTimes } from '../shared-cache/tag-times.ts'

/**
 * The one door to Next's cache internals: everything this folder uses of them is loaded here,
 * as Next loads them (through require, so this process shares Next's own instances), and typed
 * here by the few members the folder uses. None of it is public API; when Next moves, re-read
 * these files in next/dist and the two workarounds below (next-internals.test.ts says when).
 *
 * - Render-date race (page-cache.ts, render-clock.ts): Next dates a stored page from its store,
 *   so a render that straddles a publish is kept as fresh. No upstream issue reports it for the
 *   page cache (searched in December 2026); the nearest is vercel/next.js#96726, which dates
 *   'use cache' entries from before their fill, as render-clock.ts dates pages.
 * - 404 shell (web/src/proxy.ts): under Cache Components a dynamic `notFound()` streams an empty
 *   error shell, vercel/next.js#62228, so unknown addresses get the static 404 before rendering.
 */
export const VERIFIED_NEXT_VERSION = '16.4.6'

const require = createRequire(import.meta.url)

/** A page as Next's page cache holds it; `lastModified` is on Next's cache clock. */
export interface StoredPage {
  lastModified: number
  value: unknown
}

/** Next's page cache (`cacheHandler`), by the two calls this folder wraps. */
export interface NextPageCache {
  get(key: string, context: object): Promise<StoredPage | null>
  set(key: string, data: object | null, context: object): Promise<void>
}

/** What Next passes the page cache's constructor, by the members a test must give. */
export interface PageCacheOptions {
  serverDistDir: string
  flushToDisk?: boolean
  maxMemoryCacheSize?: number
  revalidatedTags?: string[]
}

export const FileSystemCache: new (options: PageCacheOptions) => NextPageCache =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

/** The tags manifest Next's page cache and 'use cache' handlers consult, and its expiry check. */
export const { areTagsExpired, tagsManifest } =
  require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
    areTagsExpired: (tags: string[], timestamp: number) => boolean
    tagsManifest: Map<string, TagTimes>
  }

/** A 'use cache' entry, as Next hands it to `cacheHandlers.default`. */
export interface CacheEntry {
  value: ReadableStream<Uint8Array>
  tags: string[]
  stale: number
  timestamp: number
  expire: number
  revalidate: number
}

/** Next's `cacheHandlers.default` contract ('use cache'). */
export interface CacheHandler {
  get(cacheKey: string, softTags: string[]): Promise<CacheEntry | undefined>
  set(cacheKey: string, pendingEntry: Promise<CacheEntry>): Promise<void>
  refreshTags(): Promise<void>
  getExpiration(tags: string[]): Promise<number>
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>
}
