import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { removeEntry } from './entry-files'

/**
 * The cap on entries first written at runtime (`<folder>/runtime/`): reads the build never
 * made, such as pages rendered on first visit or drafts. Counted once from disk, then as they
 * are added; over the cap, the least recently refreshed tenth goes at once, so pruning (a scan
 * of the folder) is rare.
 */
export class RuntimeCap {
  private readonly dir: string
  private readonly max: number
  private count: number | undefined

  constructor(dir: string, max: number) {
    this.dir = dir
    this.max = max
  }

  /** Call before writing a new runtime entry. */
  makeRoomForOneMore(): void {
    this.count ??= countEntries(this.dir)
    if (this.count >= this.max) this.count = keepNewest(this.dir, Math.floor(this.max * 0.9))
    this.count += 1
  }
}

function entryFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.json'))
      .map((name) => path.join(dir, name))
  } catch {
    return []
  }
}

function countEntries(dir: string): number {
  return entryFiles(dir).length
}

/** Removes all but the `keep` most recently written entries; answers how many are left. */
function keepNewest(dir: string, keep: number): number {
  const newestFirst = entryFiles(dir)
    .map((file) => ({ file, changed: statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.changed - a.changed)
  for (const { file } of newestFirst.slice(keep)) removeEntry(file)
  return Math.min(newestFirst.length, keep)
}
