import { readFileSync } from 'node:fs'
import { type APIRequestContext, test as base, expect } from '@playwright/test'
import {
  addDocument,
  changeDocument,
  findDocument,
  removeDocument,
  sendWebhook,
  slugOf,
  type StoredDocument,
  webhookPayload,
  type WebhookPayload,
  writeDatasetText,
} from '../../support/publishing-helpers'
import { PUBLISHING_DATASET } from '../../support/servers'

/**
 * Edits the publishing server's dataset copy for one test and remembers what it found,
 * so the test can leave the copy as it was however it ends, and no test depends on
 * another having run first.
 */
export class DatasetEdits {
  private readonly original = readFileSync(PUBLISHING_DATASET, 'utf8')
  /** Each touched published document as it was before the test. */
  private readonly before = new Map<string, StoredDocument>()
  /** Each touched document as the test left it; null once removed. */
  private readonly after = new Map<string, StoredDocument | null>()

  change(id: string, change: (doc: StoredDocument) => StoredDocument): StoredDocument {
    this.remember(id)
    const changed = changeDocument(id, change)
    this.after.set(id, changed)
    return changed
  }

  remove(id: string): StoredDocument {
    this.remember(id)
    const removed = removeDocument(id)
    this.after.set(id, null)
    return removed
  }

  add(doc: StoredDocument): StoredDocument {
    const added = addDocument(doc)
    this.after.set(doc._id, added)
    return added
  }

  /** Writes the copy back as it was and returns the webhooks that publish the restore. */
  restore(): WebhookPayload[] {
    if (this.after.size === 0) return []
    writeDatasetText(this.original)
    const restored = [...this.before.values()].map((doc) => {
      const left = this.after.get(doc._id)
      return webhookPayload(doc, left ? slugOf(left) : slugOf(doc))
    })
    // A document the test added is gone again: publish its deletion too.
    const added = [...this.after.entries()].filter(([id]) => !this.before.has(id))
    const removed = added.flatMap(([, doc]) => (doc ? [webhookPayload(doc)] : []))
    return [...restored, ...removed]
  }

  private remember(id: string): void {
    if (!this.before.has(id) && !this.after.has(id)) this.before.set(id, findDocument(id))
  }
}

/** Sends the webhook for a publish and checks the server accepted it. */
export async function publish(
  request: APIRequestContext,
  payload: WebhookPayload,
): Promise<string[]> {
  const response = await sendWebhook(request, payload)
  expect(response.status(), await response.text()).toBe(200)
  const { revalidated } = (await response.json()) as { revalidated: string[] }
  return revalidated
}

export const test = base.extend<{ dataset: DatasetEdits }>({
  // Named `provide`, not Playwright's usual `use`, which React's lint rules take for the hook.
  dataset: async ({ request }, provide) => {
    const edits = new DatasetEdits()
    await provide(edits)
    // Publish the restore too, so the server's next reads show the seed content again.
    for (const payload of edits.restore()) await publish(request, payload)
  },
})

export { expect }
