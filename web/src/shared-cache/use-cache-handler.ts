import type { CacheEntry, CacheHandler } from 'next/dist/server/lib/cache-handlers/types'
import { cacheClock } from '../page-cache/cache-clock.ts'
import { MemoryTier } from './memory-tier.ts'
import { keys, tryRedis } from './redis-connection.ts'
import {
  decodeEntry,
  encodeEntry,
  entryFrom,
  type StoredEntry,
  storeEntry,
} from './stored-entry.ts'
import {
  expireTags,
  latestExpiry,
  refreshTags,
  tagsExpiredSince,
  tagsStaleSince,
} from './tag-clock.ts'

/**
 * Next's `cacheHandlers.default` ('use cache') for several instances of one build: entries
 * live in Redis for all of them and in this process's memory, which keeps serving on its own
 * while Redis is away. Tag expiry is the tag clock's (Redis, shared).
 */
const memory = new MemoryTier<StoredEntry>(50 * 1024 * 1024, (stored) => stored.bytes.byteLength)
const pending = new Map<string, Promise<void>>()

function usable(stored: StoredEntry | undefined): StoredEntry | undefined {
  if (!stored) return undefined
  const { timestamp, revalidate, tags } = stored.meta
  if (cacheClock() > timestamp + revalidate * 1000) return undefined
  return tagsExpiredSince(tags, timestamp) ? undefined : stored
}

async function readShared(cacheKey: string): Promise<StoredEntry | undefined> {
  const bytes = await tryRedis((client) => client.get(keys.entry(cacheKey)))
  const stored = bytes ? decodeEntry(bytes) : undefined
  if (stored) memory.set(cacheKey, stored)
  return stored
}

const handler: CacheHandler = {
  async get(cacheKey) {
    await pending.get(cacheKey)
    const stored = usable(memory.get(cacheKey)) ?? usable(await readShared(cacheKey))
    if (!stored) return undefined
    const entry: CacheEntry = entryFrom(stored)
    // A stale (not expired) tag serves the entry once more while Next renders a new one.
    return tagsStaleSince(stored.meta.tags, stored.meta.timestamp)
      ? { ...entry, revalidate: -1 }
      : entry
  },

  async set(cacheKey, pendingEntry) {
    let done = () => {}
    pending.set(cacheKey, new Promise<void>((resolve) => (done = resolve)))
    try {
      const entry = await pendingEntry
      if (entry.expire === 0) return // dynamic: Next renders it on every read anyway
      const stored = await storeEntry(entry)
      memory.set(cacheKey, stored)
      const ttl = Math.max(1, Math.min(entry.expire, 365 * 24 * 3600))
      await tryRedis((client) => client.set(keys.entry(cacheKey), encodeEntry(stored), { EX: ttl }))
    } catch {
      // A failed render is not cached; the next read renders again.
    } finally {
      pending.delete(cacheKey)
      done()
    }
  },

  refreshTags,
  getExpiration: async (tags) => latestExpiry(tags),
  updateTags: expireTags,
}

export default handler
