import type { LakeDocument } from './dataset'
import type { DocumentChange } from './mutations'

const withoutRev = (doc: LakeDocument | null) => {
  if (!doc) return null
  const { _rev: _ignored, ...rest } = doc
  return rest
}

/** The `mutation` event Sanity's listener sends for one document of a transaction. */
export function mutationEvent(
  change: DocumentChange,
  transaction: { id: string; index: number; total: number },
  options: URLSearchParams,
) {
  const { before, after, id } = change
  return {
    type: 'mutation',
    eventId: `${transaction.id}#${id}`,
    documentId: id,
    transactionId: transaction.id,
    transition: !before ? 'appear' : !after ? 'disappear' : 'update',
    identity: 'local-editor',
    previousRev: before?._rev,
    resultRev: transaction.id,
    timestamp: (after?._updatedAt as string | undefined) ?? new Date().toISOString(),
    visibility: 'query',
    transactionTotalEvents: transaction.total,
    transactionCurrentEvent: transaction.index + 1,
    ...(options.get('includeMutations') === 'false' ? {} : { mutations: change.mutations }),
    ...(options.get('includeResult') === 'false' ? {} : { result: after ?? undefined }),
    ...(options.get('includePreviousRevision') === 'true' ? { previous: before } : {}),
    // Whole-document mendoza patches (opcode 0: the value itself), which the studio's
    // previews apply; exact, if larger than the Content Lake's minimal diffs.
    effects: { apply: [0, withoutRev(after)], revert: [0, withoutRev(before)] },
  }
}
