import { parse, type ExprNode } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { CONTRACT_DATASETS } from '../../testing/dataset'
import { growDataset } from '../../testing/grown-dataset'
import { DatasetIndex, type StoredDocument } from './dataset-index'
import { sortWithGroq } from './presorted'
import { resorted } from './resorted'

const orderingOf = (query: string) => (parse(query) as { args: ExprNode[] }).args
const ORDERINGS = {
  newest: orderingOf('* | order(publishedAt desc, _id asc)'),
  'by category (many ties)': orderingOf('* | order(category._ref asc)'),
}

/** A publish's changes: some articles edited (new objects, new dates), one gone, one added. */
function published(documents: StoredDocument[]): StoredDocument[] {
  const changed = documents.map((doc, n) =>
    doc._type === 'article' && n % 211 === 0
      ? { ...doc, publishedAt: `20${10 + (n % 17)}-03-0${1 + (n % 9)}` }
      : doc,
  )
  const gone = changed.findIndex((doc, n) => doc._type === 'article' && n > 40)
  const added = { ...changed[gone + 1]!, _id: 'article-added', publishedAt: '2020-01-01' }
  return [...changed.slice(0, gone), ...changed.slice(gone + 1, 60), added, ...changed.slice(60)]
}

describe.each(Object.entries(ORDERINGS))('a sorted list after a publish (%s)', (_, args) => {
  it('is what sorting the whole list again gives', () => {
    const before = growDataset(CONTRACT_DATASETS.largest, 1_000)
    const after = published(before)
    const articles = (docs: StoredDocument[]) => docs.filter((doc) => doc._type === 'article')
    const index = new DatasetIndex(after)
    const sort = (docs: StoredDocument[]) => sortWithGroq(docs, args, index)
    const sortedBefore = sortWithGroq(articles(before), args, new DatasetIndex(before))
    const changes = {
      gone: before.filter((doc) => !after.includes(doc)),
      added: after.filter((doc) => !before.includes(doc)),
    }
    const at = (doc: StoredDocument) => index.at(doc)
    const placed = resorted(sortedBefore, articles(after), changes, sort, at)
    expect(placed).toBeDefined()
    expect(placed?.map(({ _id }) => _id)).toEqual(sort(articles(after)).map(({ _id }) => _id))
  })
})
