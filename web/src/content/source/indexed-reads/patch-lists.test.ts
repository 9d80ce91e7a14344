import { describe, expect, it } from 'vitest'
import { CONTRACT_DATASETS } from '../../testing/dataset'
import { growDataset } from '../../testing/grown-dataset'
import type { StoredDocument } from './dataset-index'
import { buildLists, type Changes, type IndexLists } from './index-lists'
import { patchLists } from './patch-lists'

const before = growDataset(CONTRACT_DATASETS.largest, 300)
const article = (n: number) => before.filter((doc) => doc._type === 'article')[n]!

/** `after` and what changed from `before` to it, found as the source finds it: by object. */
const changesTo = (after: StoredDocument[]): Changes => ({
  gone: before.filter((doc) => !after.includes(doc)),
  added: after.filter((doc) => !before.includes(doc)),
})

/** A map's entries, sorted by key, so two maps built in different orders compare. */
const sorted = (lists: IndexLists) =>
  Object.fromEntries(
    Object.entries(lists).map(([name, map]) => [
      name,
      [...(map instanceof Map ? map : map.entries())].sort(([a], [b]) => (a < b ? -1 : 1)),
    ]),
  )

const PUBLISHES: Record<string, (docs: StoredDocument[]) => StoredDocument[]> = {
  'an edited title': (docs) =>
    docs.map((doc) => (doc === article(3) ? { ...doc, title: 'New' } : doc)),
  'a new slug': (docs) =>
    docs.map((doc) => (doc === article(5) ? { ...doc, slug: { current: 'renamed' } } : doc)),
  'an added article': (docs) => [
    ...docs,
    { ...article(7), _id: 'added', slug: { current: 'added' } },
  ],
  'a deleted article': (docs) => docs.filter((doc) => doc !== article(9)),
  'an article added in the middle': (docs) => [
    ...docs.slice(0, 100),
    { ...article(1), _id: 'middle', slug: { current: 'middle' } },
    ...docs.slice(100),
  ],
  'the first document deleted': (docs) => docs.slice(1),
  'the first of two with an id deleted': (docs) => [
    ...docs.filter((doc) => doc !== article(2)),
    { ...article(2), title: 'Twin' },
  ],
  // A line that moves is parsed again (see parseFile): a new object.
  'a moved line': (docs) => [...docs.filter((doc) => doc !== article(8)), { ...article(8) }],
  'a second document with an id': (docs) => [...docs, { ...article(2), title: 'Twin' }],
  'a changed type': (docs) =>
    docs.map((doc) => (doc === article(4) ? { ...doc, _type: 'page' } : doc)),
  'a new draft': (docs) => [...docs, { ...article(6), _id: `drafts.${article(6)._id}` }],
}

describe.each(Object.entries(PUBLISHES))('the lists patched after %s', (_, publish) => {
  it('are the lists built afresh after many publishes too', () => {
    let [docs, lists] = [before, buildLists(before)]
    for (let round = 0; round < 40; round++) {
      const after = publish(docs).map((doc) => (doc === docs[round] ? { ...doc } : doc))
      const changes = {
        gone: docs.filter((doc) => !after.includes(doc)),
        added: after.filter((doc) => !docs.includes(doc)),
      }
      ;[docs, lists] = [after, patchLists(after, lists, changes)!]
    }
    expect(sorted(lists)).toEqual(sorted(buildLists(docs)))
  })

  it('are the lists built afresh, sharing the untouched ones', () => {
    const after = publish(before)
    const lists = buildLists(before)
    const patched = patchLists(after, lists, changesTo(after))!
    expect(sorted(patched)).toEqual(sorted(buildLists(after)))
    const untouched = [...lists.byType.keys()].filter((type) =>
      [...changesTo(after).gone, ...changesTo(after).added].every((doc) => doc._type !== type),
    )
    for (const type of untouched) expect(patched.byType.get(type)).toBe(lists.byType.get(type))
  })
})
