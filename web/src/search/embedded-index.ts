import { createHash } from 'node:crypto'
import MiniSearch from 'minisearch'
import { validList } from '../content/validate'
import { searchDocument, type SearchDocument } from './schema'
import { WORD } from './terms'

/** How much a match in each field counts, as the Lake query's `boost`s weigh them. */
const BOOST = { title: 5, category: 3, sectors: 3, summary: 2, headings: 1.5, text: 1 }

export interface BuiltIndex {
  version: string
  index: MiniSearch<SearchDocument>
  byId: Map<string, SearchDocument>
}

/**
 * One index for what visitors see and one for editors' drafts, each replaced when its content
 * changes. The build is kept while it runs, so requests arriving meanwhile wait for it rather
 * than each building their own.
 */
const built = new Map<string, { version: string; index: Promise<BuiltIndex> }>()

/**
 * The index of a corpus, built once per version of it: `readCorpus` runs only when the version
 * differs from the one indexed, so a request that finds its version indexed reads nothing more.
 */
export function indexFor(
  slot: string,
  version: string,
  readCorpus: () => unknown,
): Promise<BuiltIndex> {
  const current = built.get(slot)
  if (current?.version === version) return current.index
  const index = Promise.resolve(readCorpus()).then((corpus) => buildIndex(version, corpus))
  built.set(slot, { version, index })
  // A failed read is not kept: the next request tries again.
  index.catch(() => {
    if (built.get(slot)?.index === index) built.delete(slot)
  })
  return index
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
