import { createRequire } from 'node:module'
import type FileSystemCacheType from 'next/dist/server/lib/incremental-cache/file-system-cache'
import type { TagTimes } from '../shared-cache/tag-times.ts'

/**
 * The two pieces of Next's cache internals the site builds on, loaded as Next loads them
 * (through require), so this process shares Next's own instances: its page cache class, and
 * the tags manifest its page cache and 'use cache' handlers consult.
 */
const require = createRequire(import.meta.url)

export const FileSystemCache: typeof FileSystemCacheType =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

export const { areTagsExpired, tagsManifest } =
  require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
    areTagsExpired: (tags: string[], timestamp: number) => boolean
    tagsManifest: Map<string, TagTimes>
  }
