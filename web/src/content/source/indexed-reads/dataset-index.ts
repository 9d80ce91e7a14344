import type { Narrowing } from './candidates'
import { buildLists, type Changes, type IndexLists } from './index-lists'
import { patchLists } from './patch-lists'
import type { Lookup } from './patched-map'
import type { Presorted } from './presorted'

export type { StoredDocument } from '@chaffcent/content/dataset'
import type { StoredDocument } from '@chaffcent/content/dataset'

/** The last version's index and what the new version changed, which a new index starts from. */
export interface PreviousIndex {
  index: DatasetIndex
  changes: Changes
}

/**
 * One perspective's documents looked up by id, by type and by type and slug; one per version
 * of the dataset file, patched from the last (see `patchLists`). Each list keeps the dataset's
 * order, so a query over a list returns its matches in the order a scan of the whole dataset would.
 */
export class DatasetIndex {
  readonly byId: Lookup<string, StoredDocument>
  private readonly lists: IndexLists
  private position: Map<StoredDocument, number> | undefined

  readonly documents: StoredDocument[]
  /** Lists sorted for an ordered slice, by list and ordering (see `presorted`). */
  readonly presorted = new Map<string, Presorted>()

  /** The last version's sorted lists, which this one's start from, and what changed since. */
  readonly inherited: { presorted: ReadonlyMap<string, Presorted>; changes: Changes } | undefined

  constructor(documents: StoredDocument[], previous?: PreviousIndex) {
    this.documents = documents
    this.lists =
      (previous && patchLists(documents, previous.index.lists, previous.changes)) ??
      buildLists(documents)
    this.byId = this.lists.byId
    // Not the last index itself: each would hold the one before, and so every version.
    this.inherited = previous && {
      presorted: previous.index.presorted,
      changes: previous.changes,
    }
  }

  /** Every document that could satisfy `narrowing`, in dataset order; undefined when it pins nothing down. */
  candidates({ types, id, slug }: Narrowing): StoredDocument[] | undefined {
    if (id !== undefined) {
      const doc = this.byId.get(id)
      return doc ? [doc] : []
    }
    if (!types) return undefined
    const lists = types.map((type) =>
      slug === undefined
        ? (this.lists.byType.get(type) ?? [])
        : (this.lists.byTypeAndSlug.get(`${type}\u0000${slug}`) ?? []),
    )
    return lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => this.at(a) - this.at(b))
  }

  /** Where a document of this version stands in the dataset; worked out on the first call only. */
  at(doc: StoredDocument): number {
    this.position ??= new Map(this.documents.map((each, index) => [each, index]))
    return this.position.get(doc)!
  }
}
