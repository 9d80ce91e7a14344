import type { APIRequestContext, APIResponse } from '@playwright/test'
import {
  readNdjson,
  type StoredDocument as Stored,
  writeAtomically,
  writeNdjson,
} from '@chaffcent/content/dataset'
import { webhookBody } from '@chaffcent/content/webhook-body'
import { signedWebhookHeaders } from '@chaffcent/content/webhook-signature'
import { PUBLISHING_DATASET, REVALIDATE_SECRET } from './servers.ts'

/** A document as Sanity exports it, its slug typed for the tests that follow one. */
export type StoredDocument = Stored & { slug?: { _type?: string; current?: string } }

/** Sanity's `_updatedAt` format: UTC to the second. */
export function sanityTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export const readDataset = (file = PUBLISHING_DATASET): StoredDocument[] => readNdjson(file)

/** In one rename: the server re-reads the file when it changes, and never sees half of it. */
export const writeDatasetText = (text: string, file = PUBLISHING_DATASET) =>
  writeAtomically(file, text)

export const writeDataset = (documents: StoredDocument[], file = PUBLISHING_DATASET) =>
  writeNdjson(file, documents)

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
  /** When the signature says it was made, in ms; defaults to now (never twice the same). */
  signedAt?: number
  /** Another server than the test's own (`baseURL`). */
  origin?: string
  /** The dataset file the projection's references are looked up in; the publishing server's by default. */
  dataset?: string
}

/** POSTs `body` (sent exactly as given) to `/api/revalidate`, signed as Sanity signs it. */
export async function postWebhook(
  request: APIRequestContext,
  body: string,
  { secret = REVALIDATE_SECRET, signedAt, origin = '' }: WebhookOptions = {},
): Promise<APIResponse> {
  return request.post(`${origin}/api/revalidate`, {
    headers: await signedWebhookHeaders(body, secret, signedAt),
    // A Buffer, because Playwright re-encodes a string that is not valid JSON, which would
    // break the signature of the malformed bodies the tests send on purpose.
    data: Buffer.from(body, 'utf8'),
  })
}

/**
 * Sends what Sanity would send for a change from `before` to `after` (null for a create or a
 * delete): the webhook's projection (docs/going-live.md), evaluated over both documents by `webhookBody`.
 */
export async function sendWebhook(
  request: APIRequestContext,
  before: StoredDocument | null,
  after: StoredDocument | null,
  options?: WebhookOptions,
): Promise<APIResponse> {
  const body = await publishedBody(before, after, options?.dataset)
  return postWebhook(request, JSON.stringify(body), options)
}

/**
 * The webhook body for a change the webhook's filter lets through, its references looked up in
 * the dataset file as it is now (the publishing server's unless another is named).
 */
export async function publishedBody(
  before: StoredDocument | null,
  after: StoredDocument | null,
  dataset = PUBLISHING_DATASET,
): Promise<unknown> {
  const body = await webhookBody(before, after, readDataset(dataset))
  if (body === null) throw new Error(`The webhook filter leaves ${(after ?? before)?._id} out`)
  return body
}
