import type { StoredDocument } from '@chaffcent/content/dataset'
import { type Changes, type IndexLists, keyOf, slugOf } from './index-lists'
import { PatchedMap } from './patched-map'

/** Past this many changed documents, building a list afresh is as quick as patching it. */
const MOST_PATCHED = 256

/**
 * `list` without the documents gone and with the new ones that belong in it, in dataset order:
 * the nearest document before a new one that belongs in the list is already in it (the new ones
 * are placed in dataset order), so the new one goes right after it. With many new ones (a file
 * replaced whole), the documents that belong, filtered afresh.
 */
export function patched(
  list: readonly StoredDocument[],
  { gone, added }: { gone: ReadonlySet<StoredDocument>; added: readonly StoredDocument[] },
  documents: readonly (StoredDocument | undefined)[],
  belongs: (doc: StoredDocument) => boolean,
): StoredDocument[] {
  const inList = (doc: StoredDocument | undefined) => doc !== undefined && belongs(doc)
  if (added.length > MOST_PATCHED) return documents.filter(inList) as StoredDocument[]
  const result = list.filter((doc) => !gone.has(doc))
  for (const doc of added.filter(belongs)) {
    let before = documents.indexOf(doc) - 1
    while (before >= 0 && !inList(documents[before])) before--
    result.splice(before < 0 ? 0 : result.indexOf(documents[before]!) + 1, 0, doc)
  }
  return result
}

/**
 * The last version's lists with only the entries a changed document had or has worked out
 * again: each list from its last version's array, each id from the documents it could now
 * name. Every other entry is the last version's own (never changed after it is built).
 * Undefined when so much changed that building them afresh is as quick.
 */
export function patchLists(
  documents: readonly StoredDocument[],
  lists: IndexLists,
  changes: Changes,
): IndexLists | undefined {
  const changed = [...changes.gone, ...changes.added]
  if (changed.length > MOST_PATCHED) return undefined
  const gone = new Set(changes.gone)
  const { added } = changes
  const byId = new PatchedMap(lists.byId)
  for (const id of new Set(changed.map((doc) => doc._id))) {
    const last = lists.byId.get(id)
    // Another document with the id could only stand before the last one, which kept its place.
    const named = last && !gone.has(last) ? [last, ...added.filter((doc) => doc._id === id)] : []
    const winner = named.length
      ? named.reduce((a, b) => (documents.indexOf(b) > documents.indexOf(a) ? b : a))
      : documents.findLast((doc) => doc._id === id)
    if (winner) byId.set(id, winner)
    else byId.delete(id)
  }
  const byType = new Map(lists.byType)
  for (const type of new Set(changed.map((doc) => doc._type))) {
    const list = patched(
      lists.byType.get(type) ?? [],
      { gone, added },
      documents,
      (doc) => doc._type === type,
    )
    if (list.length) byType.set(type, list)
    else byType.delete(type)
  }
  const byTypeAndSlug = new PatchedMap(lists.byTypeAndSlug)
  const keys = new Set<string>()
  for (const doc of changed) {
    const slug = slugOf(doc)
    const key = slug === undefined ? undefined : keyOf(doc._type, slug)
    if (key === undefined || keys.has(key)) continue
    keys.add(key)
    const belongs = (each: StoredDocument) => each._type === doc._type && slugOf(each) === slug
    const list = patched(lists.byTypeAndSlug.get(key) ?? [], { gone, added }, documents, belongs)
    if (list.length) byTypeAndSlug.set(key, list)
    else byTypeAndSlug.delete(key)
  }
  return { byId, byType, byTypeAndSlug }
}
