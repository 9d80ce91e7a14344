// A throwaway copy of the seed dataset that the publish benchmark edits as the studio would.
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { removeAtEnd } from './processes.mjs'
import { PUBLISH_DATASET_DIR, SEED_DATASET } from './settings.mjs'

export function copySeedDataset() {
  rmSync(PUBLISH_DATASET_DIR, { recursive: true, force: true })
  mkdirSync(PUBLISH_DATASET_DIR, { recursive: true })
  const file = path.join(PUBLISH_DATASET_DIR, 'production.ndjson')
  cpSync(SEED_DATASET, file)
  return {
    file,
    find: (id) => findDocument(file, id),
    change: (id, change) => changeDocument(file, id, change),
    remove: removeAtEnd(() => rmSync(PUBLISH_DATASET_DIR, { recursive: true, force: true })),
  }
}

function readDocuments(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
}

function findDocument(file, id) {
  const found = readDocuments(file).find((doc) => doc._id === id)
  if (!found) throw new Error(`No document "${id}" in ${file}`)
  return found
}

/**
 * Applies `change` to one document and stamps `_updatedAt`, as a publish does. The file is
 * replaced in one rename so the server, which re-reads it when it changes, never sees half of it.
 */
function changeDocument(file, id, change) {
  const documents = readDocuments(file)
  const index = documents.findIndex((doc) => doc._id === id)
  if (index < 0) throw new Error(`No document "${id}" in ${file}`)
  const updatedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  documents[index] = { ...change(documents[index]), _updatedAt: updatedAt }
  const partial = `${file}.partial`
  writeFileSync(partial, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  renameSync(partial, file)
  return documents[index]
}
