import { SITE_ROUTES } from '@chaffcent/content/routes'
import Link from 'next/link'
import { SearchResults } from '@/components/search/SearchResults'
import { searchSite, type SearchResults as Results } from '@/search'
import { searchHref } from './search-href'
import styles from './search.module.css'

interface SearchOutcomeProps {
  query: string
  terms: string[]
  page: number
}

async function resultsOrNull(terms: string[], page: number): Promise<Results | null> {
  try {
    return await searchSite(terms, page)
  } catch (error) {
    console.error('[search] the search failed', error)
    return null
  }
}

/** "12 results for “aviation”, page 1 of 2", as one text node. */
function countLine(total: number, query: string, page: number, pageCount: number): string {
  const count = total === 1 ? '1 result' : `${total} results`
  return `${count} for “${query}”${pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}`
}

/** What a search found: a page of results with its pagination, or why there are none. */
export async function SearchOutcome({ query, terms, page }: SearchOutcomeProps) {
  const results = await resultsOrNull(terms, page)
  if (!results) {
    return <p role="status">Search is unavailable just now. Please try again in a moment.</p>
  }
  if (results.total === 0) {
    return (
      <p role="status" className={styles.prompt}>
        No results for “{query}”. Try other words, or browse{' '}
        <Link href={SITE_ROUTES.insights.path}>all insights</Link>.
      </p>
    )
  }
  const { total, pageCount, hits } = results
  return (
    <>
      <p role="status" className={styles.count}>
        {countLine(total, query, Math.min(page, pageCount), pageCount)}
      </p>
      {hits.length > 0 ? (
        <SearchResults hits={hits} terms={terms} />
      ) : (
        <p>
          There is no page {page} of results.{' '}
          <Link href={searchHref(query, 1)}>See the first page</Link>.
        </p>
      )}
      {pageCount > 1 && page <= pageCount && (
        <nav aria-label="Pagination" className={styles.pagination}>
          {page > 1 && (
            <Link href={searchHref(query, page - 1)} rel="prev">
              ← Previous results
            </Link>
          )}
          <span aria-current="page">
            Page {page} of {pageCount}
          </span>
          {page < pageCount && (
            <Link href={searchHref(query, page + 1)} rel="next">
              More results →
            </Link>
          )}
        </nav>
      )}
    </>
  )
}
