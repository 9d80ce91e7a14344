import type { Dataset } from './dataset'
import type { createListeners } from './listen'
import { applyTransaction, type DocumentChange, newId, type SanityMutation } from './mutations'

export interface CommitContext {
  dataset: Dataset
  listeners: ReturnType<typeof createListeners>
  /** Told of every committed transaction (the webhooks). */
  onCommit(changes: DocumentChange[], transactionId: string): void
}

/** One transaction: applied and written through, then told to the listeners and the webhooks. */
export function createCommit({ dataset, listeners, onCommit }: CommitContext) {
  return async function commit(mutations: SanityMutation[], transactionId = newId()) {
    const changes = await applyTransaction(dataset, mutations, transactionId)
    await listeners.broadcast(transactionId, changes)
    onCommit(changes, transactionId)
    return { transactionId, changes }
  }
}

export type Commit = ReturnType<typeof createCommit>
