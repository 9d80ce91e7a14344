import { createHash } from 'node:crypto'
import MiniSearch from 'minisearch'
import { validList } from '../content/validate'
import { searchDocument, type SearchDocument } from './schema'
import { WORD } from './terms'

/** How much a match in each field counts, as the Lake query's `boost`s weigh them. */
const BOOST = { title: 5, category: 3, sectors: 3, summary: 2, headings: 1.5, text: 1 }

interface BuiltIndex {
  fingerprint: string
  index: MiniSearch<SearchDocument>
  byId: Map<string, SearchDocument>
}

let built: BuiltIndex | undefined

/**
 * The index of what the cached corpus read returned, built again only when that changes.
 * The fingerprint is of the read's result itself, so the index follows the tag-expired cache
 * exactly (a publish, a draft, a last-good fallback) rather than guessing when it changed.
 */
export function indexFor(corpus: unknown): BuiltIndex {
  const fingerprint = createHash('sha1').update(JSON.stringify(corpus)).digest('base64')
  if (built?.fingerprint === fingerprint) return built
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
  built = { fingerprint, index, byId: new Map(documents.map((doc) => [doc._id, doc])) }
  return built
}

/** Every document holding each term (as a word or a word's beginning), best first. */
export function rankedMatches({ index, byId }: BuiltIndex, terms: string[]): SearchDocument[] {
  const results = index.search(terms.join(' '), { prefix: true, combineWith: 'AND', boost: BOOST })
  return results.flatMap((result) => byId.get(String(result.id)) ?? [])
}
