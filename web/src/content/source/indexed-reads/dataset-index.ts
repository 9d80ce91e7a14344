import type { Narrowing } from './candidates'
import type { Presorted } from './presorted'

export type { StoredDocument } from '@chaffcent/content/dataset'
import type { StoredDocument } from '@chaffcent/content/dataset'

const slugOf = (doc: StoredDocument) => {
  const slug = doc.slug as { current?: unknown } | undefined
  return typeof slug?.current === 'string' ? slug.current : undefined
}

function append<K>(map: Map<K, StoredDocument[]>, key: K, doc: StoredDocument) {
  const list = map.get(key)
  if (list) list.push(doc)
  else map.set(key, [doc])
}

/**
 * One perspective's documents looked up by id, by type and by type and slug; built once per
 * version of the dataset file. Each list keeps the dataset's order, so a query over a list
 * returns its matches in the order a scan of the whole dataset would.
 */
export class DatasetIndex {
  readonly byId = new Map<string, StoredDocument>()
  private readonly byType = new Map<string, StoredDocument[]>()
  private readonly byTypeAndSlug = new Map<string, StoredDocument[]>()
  private readonly position = new Map<StoredDocument, number>()

  readonly documents: StoredDocument[]
  /** Lists sorted for an ordered slice, by list and ordering (see `presorted`). */
  readonly presorted = new Map<string, Presorted>()

  /** The last version's sorted lists, which this one's start from. */
  readonly inherited: ReadonlyMap<string, Presorted> | undefined

  constructor(documents: StoredDocument[], inherited?: ReadonlyMap<string, Presorted>) {
    this.documents = documents
    this.inherited = inherited
    documents.forEach((doc, index) => {
      this.position.set(doc, index)
      this.byId.set(doc._id, doc)
      append(this.byType, doc._type, doc)
      const slug = slugOf(doc)
      if (slug !== undefined) append(this.byTypeAndSlug, `${doc._type}\u0000${slug}`, doc)
    })
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
        ? (this.byType.get(type) ?? [])
        : (this.byTypeAndSlug.get(`${type}\u0000${slug}`) ?? []),
    )
    return lists.length === 1 ? lists[0] : this.inDatasetOrder(lists.flat())
  }

  private inDatasetOrder(docs: StoredDocument[]) {
    return docs.sort((a, b) => this.position.get(a)! - this.position.get(b)!)
  }
}
