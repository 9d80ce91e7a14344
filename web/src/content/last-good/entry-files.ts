import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Which reads an entry belongs to: those the build made (as many as the pages it rendered,
 * kept in full) or those first made at runtime (bounded, see LastGoodStore).
 */
export type EntryKind = 'build' | 'runtime'

/**
 * One file per read, named by a hash of its key and spread over 256 folders, so thousands of
 * entries stay quick to open: `<folder>/<kind>/<ab>/<hash>.json`.
 */
export function entryFile(folder: string, kind: EntryKind, key: string): string {
  const name = createHash('sha256').update(key).digest('hex')
  return path.join(folder, kind, name.slice(0, 2), `${name}.json`)
}

/** The entry's text, or undefined when there is none. */
export function readEntry(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

let partials = 0

/**
 * Replaces the entry in one step, so a reader never sees half of it and two writers (build
 * workers) of the same entry leave one whole version. Throws when the folder is read-only.
 */
export function writeEntry(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.${(partials += 1)}.partial`
  writeFileSync(partial, text)
  renameSync(partial, file)
}

export function removeEntry(file: string): void {
  rmSync(file, { force: true })
}
