import { existsSync } from 'node:fs'
import path from 'node:path'
import { MemoryTier } from '../../shared-cache/memory-tier'
import { entryFile, readEntry, removeEntry, writeEntry } from './entry-files'
import { RuntimeCap } from './runtime-cap'

/** A real result: a document or a non-empty list. null and [] are answers, not content to keep. */
export function isRealResult(value: unknown): boolean {
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)
}

export interface LastGoodStoreOptions {
  /** Where entries are kept (identity.ts); null keeps them in memory only. */
  folder?: string | null
  /** True while `next build` runs: every read it makes is kept, however many. */
  building?: boolean
  /** Entries first written at runtime, at most: the least recently refreshed go first. */
  maxRuntimeEntries?: number
  /** Memory in front of the files (and, where they cannot be written, instead of them). */
  memoryBytes?: number
}

/**
 * The runtime cap. Most articles render on their first visit (only those the first pages link
 * to are prerendered), so their reads are first made at runtime: one entry per article (its
 * own read; settings and lists are shared), plus editors' drafts. The address check lets no
 * unknown slug or page number render, so visitors cannot add entries beyond the archive; the
 * cap must hold the whole archive, or a crawler's sweep would push older articles out and
 * leave them without a fallback when a publish expires them in an outage. 25,000 holds the
 * 10,000-article target twice over with room for drafts, at about 10 KB an entry (~250 MB).
 */
export const MAX_RUNTIME_ENTRIES = 25_000

/** What one entry holds: its key too, so a file is never taken for another read's. */
interface Entry {
  key: string
  value: unknown
}

/**
 * The last good answer per read, so a failure upstream serves what worked before.
 *
 * One file per read, read when needed, behind a small least-recently-used memory: the build
 * writes one for every read it makes, so every page it rendered has its fallback from the
 * first request, while memory stays the same at 10,000 articles as at 13. Files rather than
 * one document loaded whole (it grew with the archive) or node:sqlite (experimental in
 * Node 24, and a lock shared by the build's worker processes): each write is one rename, so
 * workers writing at once never lose each other's entries and a reader never sees half of
 * one. Reads first made at runtime are capped, so addresses typed at random cannot fill the
 * disk. Where the folder cannot be written (a read-only build on a serverless platform), the
 * store says so once and keeps what it learns in memory.
 */
export class LastGoodStore {
  private readonly folder: string | null
  private writable: boolean
  private readonly building: boolean
  /** Entry text by key; null for a key this process forgot (its files may linger read-only). */
  private readonly memory: MemoryTier<string | null>
  private readonly runtimeCap: RuntimeCap | null

  constructor({
    folder = null,
    building = false,
    maxRuntimeEntries = MAX_RUNTIME_ENTRIES,
    memoryBytes = 8 * 1024 * 1024,
  }: LastGoodStoreOptions = {}) {
    this.folder = folder
    this.writable = folder !== null
    this.building = building
    this.runtimeCap = folder
      ? new RuntimeCap(path.join(folder, 'runtime'), maxRuntimeEntries)
      : null
    this.memory = new MemoryTier(memoryBytes, (text) => text?.length ?? 0)
  }

  /** Keeps a real result; anything else forgets the key, so nothing deleted comes back. */
  remember(key: string, value: unknown): void {
    if (!isRealResult(value)) return this.forget(key)
    const text = JSON.stringify({ key, value } satisfies Entry)
    if (this.memory.get(key) === text) return
    this.memory.set(key, text)
    if (this.writable) this.onDisk(() => this.save(key, text))
  }

  /** The last good result for `key`, or undefined when there is none. */
  recall(key: string): unknown {
    let text = this.memory.get(key)
    if (text === null) return undefined
    if (text === undefined) {
      text = this.readFile(key)
      if (text === undefined) return undefined
      this.memory.set(key, text)
    }
    try {
      const entry = JSON.parse(text) as Entry
      return entry.key === key ? entry.value : undefined
    } catch {
      return undefined
    }
  }

  has(key: string): boolean {
    return this.recall(key) !== undefined
  }

  private forget(key: string): void {
    const known = this.memory.get(key)
    if (known === null || (known === undefined && this.readFile(key) === undefined)) return
    this.memory.set(key, null)
    const folder = this.folder
    if (this.writable && folder)
      this.onDisk(() => {
        removeEntry(entryFile(folder, 'build', key))
        removeEntry(entryFile(folder, 'runtime', key))
      })
  }

  private readFile(key: string): string | undefined {
    if (!this.folder) return undefined
    return (
      readEntry(entryFile(this.folder, 'build', key)) ??
      readEntry(entryFile(this.folder, 'runtime', key))
    )
  }

  /** A read the build made is refreshed where it is; a new one at runtime counts to the cap. */
  private save(key: string, text: string): void {
    const folder = this.folder!
    const built = entryFile(folder, 'build', key)
    if (this.building || existsSync(built)) return writeEntry(built, text)
    const added = entryFile(folder, 'runtime', key)
    if (!existsSync(added)) this.runtimeCap?.makeRoomForOneMore()
    writeEntry(added, text)
  }

  private onDisk(change: () => void): void {
    try {
      change()
    } catch (error) {
      this.writable = false
      console.error(
        `[content] cannot save last good reads in ${this.folder}; keeping new ones in memory`,
        error,
      )
    }
  }
}
