import { typeTag } from '@chaffcent/content/tags'
import { draftMode } from 'next/headers'
import { readContent } from '../content/fetch'
import { contentSource } from '../content/source'
import type { QueryParams } from 'next-sanity'
import { indexFor, rankedMatches } from './embedded-index'
import { SEARCH_CORPUS_QUERY, SEARCH_LAKE_QUERY } from './query'
import { searchDocument, lakeAnswer, type SearchDocument } from './schema'
import { validList } from '../content/validate'

export const RESULTS_PER_PAGE = 10

/** One page of results: the hits, best first, and how many there are in all. */
export interface SearchResults {
  hits: SearchDocument[]
  total: number
  pageCount: number
}

/** The types the corpus shows, and so the tags that expire it. */
const CORPUS_TAGS = (['article', 'category', 'page', 'sector', 'venture'] as const).map(typeTag)

function pageBounds(page: number) {
  const start = (page - 1) * RESULTS_PER_PAGE
  return { start, end: start + RESULTS_PER_PAGE }
}

const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / RESULTS_PER_PAGE))

/** Ranks the corpus in memory (embedded source): the index is built once per corpus. */
export function searchCorpus(corpus: unknown, terms: string[], page: number): SearchResults {
  const ranked = rankedMatches(indexFor(corpus), terms)
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

/**
 * The site's search. The corpus read is cached by tag like every read; the query and its
 * results never are, so nothing is kept per query.
 */
export async function searchSite(terms: string[], page: number): Promise<SearchResults> {
  if (terms.length === 0) return { hits: [], total: 0, pageCount: 1 }
  const source = contentSource()
  if (source.kind === 'embedded') {
    return searchCorpus(await readContent(SEARCH_CORPUS_QUERY, {}, CORPUS_TAGS), terms, page)
  }
  const { isEnabled: preview } = await draftMode()
  return searchLake(
    (query, params) => source.query(query, params, preview ? 'drafts' : 'published'),
    terms,
    page,
  )
}
