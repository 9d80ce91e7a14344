import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { contentIdentity, distDir } from '../config'

/**
 * Where this build keeps its last good reads between restarts: a file in the build folder
 * (`.next/last-good/`), named for the build and the content it came from, so a new build or
 * another dataset never reads another's. `next build` writes the first version while it
 * prerenders (turbo replays it with the build); `next start` keeps it up to date. Null
 * before the build has an id; where the build folder is read-only (serverless) writing
 * fails, is logged, and memory is all there is.
 */
export function lastGoodFile(): string | null {
  const dir = distDir()
  let buildId: string
  try {
    buildId = readFileSync(path.join(dir, 'BUILD_ID'), 'utf8').trim()
  } catch {
    return null
  }
  const name = createHash('sha256').update(`${buildId}\n${contentIdentity()}`).digest('hex')
  return path.join(dir, 'last-good', `${name.slice(0, 24)}.json`)
}

export function readEntries(file: string | null): [string, unknown][] {
  if (!file) return []
  try {
    const entries: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return Array.isArray(entries) ? (entries as [string, unknown][]) : []
  } catch {
    return []
  }
}

/** Replaces the file in one step, so a reader never sees half of it. */
export function writeEntries(file: string, entries: [string, unknown][]): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    const partial = `${file}.${process.pid}.partial`
    writeFileSync(partial, JSON.stringify(entries))
    renameSync(partial, file)
  } catch (error) {
    console.error('[content] could not save the last good reads; keeping them in memory', error)
  }
}
