import { randomUUID } from 'node:crypto'
import { type APIRequestContext, expect } from '@playwright/test'
import { origin } from '../../scripts/processes/loopback.ts'
import { readDataset, sendWebhook, type StoredDocument } from './publishing-helpers'
import { CONTENT_LAKE_PORT, HOSTED_DATASET, HOSTED_PROJECT, SEED } from './servers.ts'

/**
 * The local Content Lake the hosted build and server read (packages/local-lake,
 * serve-hosted-main.ts): a fresh copy of the seed each run, with outage drills.
 */
export const HOSTED_LAKE = origin(CONTENT_LAKE_PORT)

/** A seed document, as the lake holds it until a test publishes another version. */
export function seedDocument(id: string): StoredDocument {
  const found = readDataset(SEED).find((doc) => doc._id === id)
  if (!found) throw new Error(`The seed has no document ${id}`)
  return found
}

/** How the lake answers queries from now on: 'up', 'hang' or 'fail' (drills.ts). */
export async function drill(request: APIRequestContext, queries: 'up' | 'hang' | 'fail') {
  const response = await request.post(`${HOSTED_LAKE}/drill`, { data: { queries } })
  expect(response.status(), await response.text()).toBe(200)
}

/** Writes documents into the lake in one transaction, through its mutations API. */
export async function writeToLake(
  request: APIRequestContext,
  mutations: ({ createOrReplace: StoredDocument } | { delete: { id: string } })[],
) {
  const response = await request.post(
    `${HOSTED_LAKE}/v2025-02-19/data/mutate/${HOSTED_PROJECT.dataset}`,
    { data: { mutations } },
  )
  expect(response.status(), await response.text()).toBe(200)
}

/**
 * Publishes `doc` through the lake's mutations API and answers it as the lake now holds it,
 * with the revision the lake gave it (what Sanity's webhook would project).
 */
export async function publishToLake(
  request: APIRequestContext,
  doc: StoredDocument,
): Promise<StoredDocument> {
  await writeToLake(request, [{ createOrReplace: doc }])
  const query = encodeURIComponent('*[_id == $id][0]')
  const id = encodeURIComponent(JSON.stringify(doc._id))
  const response = await request.get(
    `${HOSTED_LAKE}/v2025-02-19/data/query/${HOSTED_PROJECT.dataset}?query=${query}&$id=${id}`,
  )
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { result: StoredDocument }).result
}

/** Queries the lake has taken since it started. */
export async function queriesTaken(request: APIRequestContext): Promise<number> {
  const response = await request.get(`${HOSTED_LAKE}/health`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { queries: number }).queries
}

/** Sends the hosted server the webhook for a publish of `doc` that keeps its slug. */
export async function expireDocument(request: APIRequestContext, doc: StoredDocument) {
  const response = await sendWebhook(request, doc, doc, { dataset: HOSTED_DATASET })
  expect(response.status(), await response.text()).toBe(200)
}

/** The one-off secret the Presentation tool stores in the Lake before it opens a preview. */
export async function presentationSecret(request: APIRequestContext): Promise<string> {
  const secret = randomUUID()
  const document = {
    _id: `drafts.sanity-preview-url-secret.${secret}`,
    _type: 'sanity.previewUrlSecret',
    _updatedAt: new Date().toISOString(),
    secret,
  }
  await writeToLake(request, [{ createOrReplace: document }])
  return secret
}
