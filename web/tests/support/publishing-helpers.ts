import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { APIRequestContext, APIResponse } from '@playwright/test'
import { webhookBody } from '@chaffcent/content/webhook-body'
import { encodeSignatureHeader } from '@sanity/webhook'
import { PUBLISHING_DATASET, REVALIDATE_SECRET } from './servers.ts'

/** A document as Sanity exports it: one JSON object a line of the NDJSON. */
export type StoredDocument = {
  _id: string
  _type: string
  slug?: { current?: string }
  [field: string]: unknown
}

/** Sanity's `_updatedAt` format: UTC to the second. */
export function sanityTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function readDataset(file = PUBLISHING_DATASET): StoredDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as StoredDocument)
}

/**
 * Replaces the file in one step, so the server, which re-reads it when its mtime or size
 * changes, never parses a half-written dataset.
 */
export function writeDatasetText(text: string, file = PUBLISHING_DATASET): void {
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, text)
  renameSync(partial, file)
}

export function writeDataset(documents: StoredDocument[], file = PUBLISHING_DATASET): void {
  writeDatasetText(documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n', file)
}

export function findDocument(id: string, file = PUBLISHING_DATASET): StoredDocument {
  const found = readDataset(file).find((doc) => doc._id === id)
  if (!found) throw new Error(`No document "${id}" in ${file}`)
  return found
}

/** Changes one document as a publish from the studio would, stamping a new `_updatedAt`. */
export function changeDocument(
  id: string,
  change: (doc: StoredDocument) => StoredDocument,
  file = PUBLISHING_DATASET,
): StoredDocument {
  const documents = readDataset(file)
  const index = documents.findIndex((doc) => doc._id === id)
  if (index < 0) throw new Error(`No document "${id}" in ${file}`)
  const changed = { ...change(structuredClone(documents[index]!)), _updatedAt: sanityTimestamp() }
  documents[index] = changed
  writeDataset(documents, file)
  return changed
}

/** Removes one document's line, as deleting it in the studio would; returns what was removed. */
export function removeDocument(id: string, file = PUBLISHING_DATASET): StoredDocument {
  const documents = readDataset(file)
  const removed = documents.find((doc) => doc._id === id)
  if (!removed) throw new Error(`No document "${id}" in ${file}`)
  writeDataset(
    documents.filter((doc) => doc !== removed),
    file,
  )
  return removed
}

export function addDocument(doc: StoredDocument, file = PUBLISHING_DATASET): StoredDocument {
  const added = { ...doc, _updatedAt: sanityTimestamp() }
  writeDataset([...readDataset(file), added], file)
  return added
}

export function slugOf(doc: StoredDocument): string | null {
  return doc.slug?.current ?? null
}

export interface WebhookOptions {
  /** Defaults to the secret the publishing server was started with. */
  secret?: string
  /** When the signature says it was made, in ms; defaults to now. */
  signedAt?: number
}

/** POSTs `body` (sent exactly as given) to `/api/revalidate`, signed as Sanity signs it. */
export async function postWebhook(
  request: APIRequestContext,
  body: string,
  { secret = REVALIDATE_SECRET, signedAt = freshSignatureTime() }: WebhookOptions = {},
): Promise<APIResponse> {
  const signature = await encodeSignatureHeader(body, signedAt, secret)
  return request.post('/api/revalidate', {
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature },
    // A Buffer, because Playwright re-encodes a string that is not valid JSON, which would
    // break the signature of the malformed bodies the tests send on purpose.
    data: Buffer.from(body, 'utf8'),
  })
}

/**
 * A signing time later than any before it: the server answers a replayed signature 200 and
 * changes nothing, so two publishes with the same body in one millisecond must still differ.
 */
let lastSignedAt = 0
function freshSignatureTime(): number {
  lastSignedAt = Math.max(Date.now(), lastSignedAt + 1)
  return lastSignedAt
}

/**
 * Sends what Sanity would send for a change from `before` to `after` (null for a create or a
 * delete): the README's webhook projection, evaluated over both documents by `webhookBody`.
 */
export async function sendWebhook(
  request: APIRequestContext,
  before: StoredDocument | null,
  after: StoredDocument | null,
  options?: WebhookOptions,
): Promise<APIResponse> {
  return postWebhook(request, JSON.stringify(await publishedBody(before, after)), options)
}

/** The webhook body for a change the webhook's filter lets through. */
export async function publishedBody(
  before: StoredDocument | null,
  after: StoredDocument | null,
): Promise<unknown> {
  const body = await webhookBody(before, after)
  if (body === null) throw new Error(`The webhook filter leaves ${(after ?? before)?._id} out`)
  return body
}
