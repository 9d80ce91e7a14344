// Sanity's export format, one JSON document a line: how the seed, the local Content Lake, the
// embedded source, the tests and the bench read and write a dataset. Node only (files).
import { randomUUID } from 'node:crypto'
import { closeSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'

export type StoredDocument = { _id: string; _type: string; [field: string]: unknown }

/** The seed dataset, from the repository's root: every document of the client's site. */
export const SEED_DATASET_PATH = 'studio/seed/production.ndjson'

/** The seed dataset's file, for code that knows where the repository is (`..` from web/). */
export const seedDataset = (repositoryRoot: string) =>
  path.join(repositoryRoot, ...SEED_DATASET_PATH.split('/'))

/** A line that is not a document: where, and why. */
export interface BadLine {
  file: string
  line: number
  problem: string
}

const refuse = ({ file, line, problem }: BadLine): never => {
  throw new Error(`${file}:${line} ${problem}`)
}

/** Parses NDJSON; a bad line throws, unless `onBadLine` (which may log it) lets it be skipped. */
export function parseNdjson(
  text: string,
  file: string,
  onBadLine: (bad: BadLine) => void = refuse,
): StoredDocument[] {
  const documents: StoredDocument[] = []
  text.split('\n').forEach((source, index) => {
    if (!source.trim()) return
    const bad = (problem: string) => onBadLine({ file, line: index + 1, problem })
    let value: unknown
    try {
      value = JSON.parse(source)
    } catch {
      return bad('is not valid JSON')
    }
    if (isStoredDocument(value)) documents.push(value)
    else bad('is not a document (no _id or _type)')
  })
  return documents
}

function isStoredDocument(value: unknown): value is StoredDocument {
  if (typeof value !== 'object' || value === null) return false
  const { _id, _type } = value as Record<string, unknown>
  return typeof _id === 'string' && typeof _type === 'string'
}

export const toNdjson = (documents: readonly object[]) =>
  documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'

export const readNdjson = (file: string) => parseNdjson(readFileSync(file, 'utf8'), file)

/**
 * Replaces the file in one rename, so a reader (a server that re-reads it when it changes)
 * never sees half of it, and a crash mid-write leaves the previous file whole. `content` may
 * be chunks written one after another: a large file edited in one place is written without
 * first being joined into one string (100 MB of it, for a 10,000-article archive).
 */
export function writeAtomically(file: string, content: string | readonly Uint8Array[]): void {
  const partial = `${file}.${randomUUID()}.partial`
  if (typeof content === 'string') writeFileSync(partial, content)
  else {
    const descriptor = openSync(partial, 'w')
    try {
      for (const chunk of content)
        for (let written = 0; written < chunk.length;)
          written += writeSync(descriptor, chunk, written)
    } finally {
      closeSync(descriptor)
    }
  }
  renameSync(partial, file)
}

export const writeNdjson = (file: string, documents: readonly object[]) =>
  writeAtomically(file, toNdjson(documents))
