import { readNdjson, writeNdjson } from '@chaffcent/content/dataset'

export type LakeDocument = { _id: string; _type: string; _rev?: string; [field: string]: unknown }

/**
 * The dataset in memory, written through to its NDJSON file on every commit. The file is
 * replaced by a rename, so a crash mid-write leaves the previous file whole, never half of one.
 */
export function openDataset(file: string) {
  const documents = new Map<string, LakeDocument>()
  // A line that is not a document stops the start.
  for (const doc of readNdjson(file)) documents.set(doc._id, doc)

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
      writeNdjson(file, [...documents.values()])
    },
  }
}

export type Dataset = ReturnType<typeof openDataset>
