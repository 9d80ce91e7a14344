import { deserialize, serialize } from 'node:v8'
import type { CacheEntry } from './next-internals.ts'

/** A 'use cache' entry at rest: Next's metadata and the bytes its stream delivered. */
export interface StoredEntry {
  meta: Omit<CacheEntry, 'value'>
  bytes: Uint8Array
}

export async function storeEntry(entry: CacheEntry): Promise<StoredEntry> {
  const { value, ...meta } = entry
  const bytes = new Uint8Array(await new Response(value).arrayBuffer())
  return { meta, bytes }
}

/** Every get hands Next a new stream over the stored bytes. */
export function entryFrom(stored: StoredEntry): CacheEntry {
  const value = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(stored.bytes)
      controller.close()
    },
  })
  return { ...stored.meta, value }
}

export const encodeEntry = (stored: StoredEntry): Buffer => serialize(stored)

export function decodeEntry(bytes: Buffer): StoredEntry | undefined {
  try {
    const stored = deserialize(bytes) as StoredEntry
    return stored?.meta && stored.bytes instanceof Uint8Array ? stored : undefined
  } catch {
    return undefined
  }
}
