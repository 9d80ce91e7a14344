import type { StoredDocument } from '@chaffcent/content/dataset'
import { PatchedMap } from './patched-map'

/** The index's lookups: each list in dataset order. */
export interface IndexLists {
  byId: PatchedMap<string, StoredDocument>
  byType: Map<string, StoredDocument[]>
  byTypeAndSlug: PatchedMap<string, StoredDocument[]>
}

/**
 * What a new version of the dataset changed: the last version's documents it dropped, and its
 * new ones. Every other document is the same object, in the same order relative to the others
 * (a line that moves is parsed again: a new object).
 */
export interface Changes {
  gone: readonly StoredDocument[]
  added: readonly StoredDocument[]
}

export const slugOf = (doc: StoredDocument) => {
  const slug = doc.slug as { current?: unknown } | undefined
  return typeof slug?.current === 'string' ? slug.current : undefined
}

export const keyOf = (type: string, slug: string) => `${type}\u0000${slug}`

function append<K>(
  map: Pick<PatchedMap<K, StoredDocument[]>, 'get' | 'set'>,
  key: K,
  doc: StoredDocument,
) {
  const list = map.get(key)
  if (list) list.push(doc)
  else map.set(key, [doc])
}

/** The lists of `documents`, built afresh. */
export function buildLists(documents: readonly StoredDocument[]): IndexLists {
  const lists: IndexLists = {
    byId: new PatchedMap(),
    byType: new Map(),
    byTypeAndSlug: new PatchedMap(),
  }
  for (const doc of documents) {
    lists.byId.set(doc._id, doc)
    append(lists.byType, doc._type, doc)
    const slug = slugOf(doc)
    if (slug !== undefined) append(lists.byTypeAndSlug, keyOf(doc._type, slug), doc)
  }
  return lists
}
