import { createRequire } from 'node:module'
import type FileSystemCacheType from 'next/dist/server/lib/incremental-cache/file-system-cache'
import { refreshTags } from './tag-clock.ts'

const require = createRequire(import.meta.url)
const FileSystemCache: typeof FileSystemCacheType =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

/**
 * Next's `cacheHandler` (rendered pages) with one change: before each read it learns from
 * Redis which tags other instances expired. Pages stay in each instance's build folder, where
 * the build seeded them; a page is a render of shared 'use cache' entries, so re-rendering it
 * after a publish costs each instance a render but no content read.
 */
export default class SharedTagsPageCache extends FileSystemCache {
  override async get(...args: Parameters<FileSystemCacheType['get']>) {
    await refreshTags()
    return super.get(...args)
  }
}
