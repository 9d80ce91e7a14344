import { createHash } from 'node:crypto'
import MiniSearch from 'minisearch'
import { validList } from '../content/validate'
import { searchDocument, type SearchDocument } from './schema'
import { WORD } from './terms'

/** How much a match in each field counts, as the Lake query's `boost`s weigh them. */
const BOOST = { title: 10, category: 3, sectors: 3, summary: 2, headings: 1.5, text: 1 }

export interface BuiltIndex {
  version: string
  index: MiniSearch<SearchDocument>
  byId: Map<string, SearchDocument>
}

interface Slot {
  /** The last index built, answering while a newer one is built. */
  ready?: BuiltIndex
  /** The build under way, for the version the newest request named. */
  building?: { version: string; index: Promise<BuiltIndex> }
}

/** One slot for what visitors see and one for editors' drafts. */
const slots = new Map<string, Slot>()

/**
 * The index of a corpus, built once per version of it: `readCorpus` runs only when a request
 * names a version not yet indexed. Meanwhile the last index answers (a publish shows in
 * search once its build is done, not seconds of waiting later); only the first build is
 * waited for, once by every request that arrives during it.
 */
export function indexFor(
  name: string,
  version: string,
  readCorpus: () => unknown,
): Promise<BuiltIndex> {
  const slot = slots.get(name) ?? {}
  slots.set(name, slot)
  if (slot.ready?.version === version) return Promise.resolve(slot.ready)
  if (slot.building?.version !== version) {
    const index = Promise.resolve(readCorpus()).then((corpus) => buildIndex(version, corpus))
    const building = { version, index }
    slot.building = building
    index.then(
      (built) => {
        if (slot.building === building) slot.ready = built
      },
      // A failed read is not kept: the next request tries again.
      () => {
        if (slot.building === building) slot.building = undefined
      },
    )
  }
  return slot.ready ? Promise.resolve(slot.ready) : slot.building!.index
}

/** A version for a corpus known only by its content (drafts, read afresh on every request). */
export function fingerprint(corpus: unknown): string {
  return createHash('sha1').update(JSON.stringify(corpus)).digest('base64')
}

function buildIndex(version: string, corpus: unknown): BuiltIndex {
  const documents = validList(searchDocument, corpus, 'search corpus')
  const index = new MiniSearch<SearchDocument>({
    idField: '_id',
    fields: Object.keys(BOOST),
    tokenize: (text) => text.match(WORD) ?? [],
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchDocument]
      return Array.isArray(value) ? value.join(' ') : value
    },
  })
  index.addAll(documents)
  return { version, index, byId: new Map(documents.map((doc) => [doc._id, doc])) }
}

/** Every document holding each term (as a word or a word's beginning), best first. */
export function rankedMatches({ index, byId }: BuiltIndex, terms: string[]): SearchDocument[] {
  const results = index.search(terms.join(' '), { prefix: true, combineWith: 'AND', boost: BOOST })
  return results.flatMap((result) => byId.get(String(result.id)) ?? [])
}
