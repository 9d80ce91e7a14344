import { draftMode } from 'next/headers'
import { readContent } from '../content/fetch'
import { contentSource } from '../content/source'
import { corpusVersion } from './corpus-version'
import { fingerprint, indexFor } from './embedded-index'
import { searchIndex, searchLake, type SearchResults } from './engines'
import { CORPUS_TAGS, SEARCH_CORPUS_QUERY } from './query'

export { RESULTS_PER_PAGE, type SearchResults } from './engines'

const readCorpus = () => readContent(SEARCH_CORPUS_QUERY, {}, CORPUS_TAGS)

/** The embedded source's index: visitors' by the corpus's cached version; editors' by its drafts' content. */
async function embeddedIndex(preview: boolean) {
  if (!preview) return indexFor('published', await corpusVersion(), readCorpus)
  const drafts = await readCorpus()
  return indexFor('drafts', fingerprint(drafts), () => drafts)
}

/**
 * The site's search. The corpus read is cached by tag like every read; the query and its
 * results never are, so nothing is kept per query.
 */
export async function searchSite(terms: string[], page: number): Promise<SearchResults> {
  if (terms.length === 0) return { hits: [], total: 0, pageCount: 1 }
  const source = contentSource()
  const { isEnabled: preview } = await draftMode()
  if (source.kind === 'embedded') return searchIndex(await embeddedIndex(preview), terms, page)
  return searchLake(
    (query, params) => source.query(query, params, preview ? 'drafts' : 'published'),
    terms,
    page,
  )
}
