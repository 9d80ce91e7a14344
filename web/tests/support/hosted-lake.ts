import { fileURLToPath } from 'node:url'
import { type APIRequestContext, expect } from '@playwright/test'
import { readDataset, sendWebhook, type StoredDocument } from './publishing-helpers'
import { CONTENT_LAKE_PORT, origin } from './servers'

/** The stand-in Content Lake the hosted server reads (content-lake-stand-in.mjs). */
export const STAND_IN = origin(CONTENT_LAKE_PORT)

const SEED_FILE = fileURLToPath(new URL('../../../studio/seed/production.ndjson', import.meta.url))

/** A seed document, as the stand-in serves it until a test publishes another version. */
export function seedDocument(id: string): StoredDocument {
  const found = readDataset(SEED_FILE).find((doc) => doc._id === id)
  if (!found) throw new Error(`The seed has no document ${id}`)
  return found
}

/** Drives the stand-in: `{ mode }`, `{ publish: document }`, `{ reset: true }`. */
export async function lake(request: APIRequestContext, command: Record<string, unknown>) {
  expect((await request.post(`${STAND_IN}/control`, { data: command })).status()).toBe(200)
}

/** Sends the hosted server the webhook for a publish of `doc` that keeps its slug. */
export async function expireDocument(request: APIRequestContext, doc: StoredDocument) {
  const response = await sendWebhook(request, doc, doc)
  expect(response.status(), await response.text()).toBe(200)
}
