import { randomUUID } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'

export type LakeDocument = { _id: string; _type: string; _rev?: string; [field: string]: unknown }

/** One document a line, Sanity's export format; a line that is not a document stops the start. */
export function parseNdjson(text: string, file: string): LakeDocument[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const value = JSON.parse(line) as Partial<LakeDocument>
      if (typeof value._id !== 'string' || typeof value._type !== 'string') {
        throw new Error(`${file}:${index + 1} is not a document (no _id or _type)`)
      }
      return value as LakeDocument
    })
}

/**
 * The dataset in memory, written through to its NDJSON file on every commit. The file is
 * replaced by a rename, so a crash mid-write leaves the previous file whole, never half of one.
 */
export function openDataset(file: string) {
  const documents = new Map<string, LakeDocument>()
  for (const doc of parseNdjson(readFileSync(file, 'utf8'), file)) documents.set(doc._id, doc)

  function persist() {
    const text = [...documents.values()].map((doc) => JSON.stringify(doc)).join('\n') + '\n'
    const temporary = `${file}.${randomUUID()}.tmp`
    writeFileSync(temporary, text)
    renameSync(temporary, file)
  }

  return {
    file,
    get: (id: string) => documents.get(id) ?? null,
    all: () => [...documents.values()],
    /** Stores each changed document (null deletes it) and writes the file once. */
    commit(changes: Map<string, LakeDocument | null>) {
      for (const [id, doc] of changes) {
        if (doc) documents.set(id, doc)
        else documents.delete(id)
      }
      persist()
    },
  }
}

export type Dataset = ReturnType<typeof openDataset>
