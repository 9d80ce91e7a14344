import type { QueryParams } from 'next-sanity'
import { validList } from '../content/validate'
import { rankedMatches, type BuiltIndex } from './embedded-index'
import { SEARCH_LAKE_QUERY } from './query'
import { lakeAnswer, searchDocument, type SearchDocument } from './schema'

export const RESULTS_PER_PAGE = 10

/** One page of results: the hits, best first, and how many there are in all. */
export interface SearchResults {
  hits: SearchDocument[]
  total: number
  pageCount: number
}

function pageBounds(page: number) {
  const start = (page - 1) * RESULTS_PER_PAGE
  return { start, end: start + RESULTS_PER_PAGE }
}

const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / RESULTS_PER_PAGE))

/** Ranks in memory with the corpus's index (embedded source). */
export function searchIndex(index: BuiltIndex, terms: string[], page: number): SearchResults {
  const ranked = rankedMatches(index, terms)
  const { start, end } = pageBounds(page)
  return {
    hits: ranked.slice(start, end),
    total: ranked.length,
    pageCount: pageCountOf(ranked.length),
  }
}

type RunQuery = (query: string, params: QueryParams) => Promise<unknown>

/** Asks the Lake's own text search for one page (hosted source), never caching the answer. */
export async function searchLake(run: RunQuery, terms: string[], page: number) {
  const answer = lakeAnswer.parse(
    await run(SEARCH_LAKE_QUERY, { terms: terms.map((term) => `${term}*`), ...pageBounds(page) }),
  )
  const hits = validList(searchDocument, answer.hits, 'search hit')
  return { hits, total: answer.total, pageCount: pageCountOf(answer.total) }
}
