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

/** Past this many changed documents, building the lists anew is as quick as patching them. */
const MOST_PATCHED = 256

const slugOf = (doc: StoredDocument) => {
  const slug = doc.slug as { current?: unknown } | undefined
  return typeof slug?.current === 'string' ? slug.current : undefined
}

const keyOf = (type: string, slug: string) => `${type}\u0000${slug}`

function append<K>(
  map: Pick<PatchedMap<K, StoredDocument[]>, 'get' | 'set'>,
  key: K,
  doc: StoredDocument,
) {
  const list = map.get(key)
  if (list) list.push(doc)
  else map.set(key, [doc])
}

/** The entries the changed documents had or have: those are dropped, then built again. */
function touched(changed: readonly StoredDocument[]) {
  const [ids, types, slugs, keys] = [new Set<string>(), new Set<string>(), new Set(), new Set()]
  for (const doc of changed) {
    const slug = slugOf(doc)
    ids.add(doc._id)
    types.add(doc._type)
    if (slug === undefined) continue
    slugs.add(slug)
    keys.add(keyOf(doc._type, slug))
  }
  return { ids, types, slugs, keys } as Record<'ids' | 'types' | 'slugs' | 'keys', Set<string>>
}

/**
 * The lists of `documents`. Given the last version's lists and what changed since, only the
 * entries a changed document had or has are built again, in one pass over the documents; every
 * other list is the last version's own array (never changed after it is built).
 */
export function indexLists(
  documents: readonly StoredDocument[],
  previous?: { lists: IndexLists; changes: Changes },
): IndexLists {
  const changed = previous ? [...previous.changes.gone, ...previous.changes.added] : []
  const patch = previous && changed.length <= MOST_PATCHED ? previous.lists : undefined
  const lists = {
    byId: new PatchedMap(patch?.byId),
    byType: new Map(patch?.byType),
    byTypeAndSlug: new PatchedMap(patch?.byTypeAndSlug),
  }
  const { ids, types, slugs, keys } = touched(patch ? changed : [])
  ids.forEach((id) => lists.byId.delete(id))
  types.forEach((type) => lists.byType.delete(type))
  keys.forEach((key) => lists.byTypeAndSlug.delete(key))
  for (const doc of documents) {
    if (!patch || ids.has(doc._id)) lists.byId.set(doc._id, doc)
    if (patch && !types.has(doc._type)) continue
    append(lists.byType, doc._type, doc)
    const slug = slugOf(doc)
    if (slug === undefined || (patch && !slugs.has(slug))) continue
    const key = keyOf(doc._type, slug)
    if (!patch || keys.has(key)) append(lists.byTypeAndSlug, key, doc)
  }
  return lists
}
