import { readFileSync } from 'node:fs'
import { type APIRequestContext, test as base, expect } from '@playwright/test'
import {
  addDocument,
  changeDocument,
  findDocument,
  removeDocument,
  sendWebhook,
  type StoredDocument,
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

  /** The document as it is in the copy now. */
  find(id: string): StoredDocument {
    return findDocument(id)
  }

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

  /**
   * Writes the copy back as it was and returns each change that publishes the restore, as
   * `[now, as it was]` (null where the document does not exist), drafts left out.
   */
  restore(): [StoredDocument | null, StoredDocument | null][] {
    if (this.after.size === 0) return []
    writeDatasetText(this.original)
    return (
      [...this.after.entries()]
        .filter(([id]) => !id.startsWith('drafts.'))
        .map(([id, left]): [StoredDocument | null, StoredDocument | null] => [
          left,
          this.before.get(id) ?? null,
        ])
        // Added and removed again within the test: there is nothing to publish back.
        .filter(([left, original]) => left !== null || original !== null)
    )
  }

  private remember(id: string): void {
    if (!this.before.has(id) && !this.after.has(id)) this.before.set(id, findDocument(id))
  }
}

/**
 * Sends the webhook for a change from `before` to `after` (null for a create or a delete)
 * and checks the server accepted it; returns the tags it expired.
 */
export async function publish(
  request: APIRequestContext,
  before: StoredDocument | null,
  after: StoredDocument | null,
): Promise<string[]> {
  const response = await sendWebhook(request, before, after)
  expect(response.status(), await response.text()).toBe(200)
  const { revalidated } = (await response.json()) as { revalidated: string[] }
  return revalidated
}

/** A publish that keeps the document's slug, so its state before and after project alike. */
export function publishEdit(request: APIRequestContext, doc: StoredDocument): Promise<string[]> {
  return publish(request, doc, doc)
}

export const test = base.extend<{ dataset: DatasetEdits }>({
  // Named `provide`, not Playwright's usual `use`, which React's lint rules take for the hook.
  dataset: async ({ request }, provide) => {
    const edits = new DatasetEdits()
    await provide(edits)
    // Publish the restore too, so the server's next reads show the seed content again.
    for (const [now, original] of edits.restore()) await publish(request, now, original)
  },
})

export { expect }
