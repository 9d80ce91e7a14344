import { SITE_ROUTES } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import Link from 'next/link'
import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/page-header/PageHeader'
import { SEARCH_PATH, SearchForm } from '@/components/search/SearchForm'
import { metadataFor } from '@/seo/metadata'
import { SearchOutcome } from './SearchOutcome'
import { normaliseQuery, parsePage, queryTerms } from '@/search/terms'
import styles from './search.module.css'

/**
 * Rendered whole on each request, with no static shell to stream into: the results are in
 * the HTML itself, so the page answers without JavaScript. Nothing is kept per query.
 */
export const instant = false

/** Never indexed: a results page is a copy of pages that are. */
export function generateMetadata(): Promise<Metadata> {
  return metadataFor({
    title: 'Search',
    description: 'Search the insights, sectors, ventures and pages of ChaffCent Ventures.',
    path: SEARCH_PATH,
    kind: 'website',
    noIndex: true,
  })
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const params = await searchParams
  const query = normaliseQuery(params.q)
  const terms = queryTerms(query)
  return (
    <>
      <PageHeader title="Search">
        <SearchForm id="search-page" label="Search the site" defaultValue={query} />
      </PageHeader>
      <Container>
        <div className={styles.body}>
          {query ? (
            <SearchOutcome query={query} terms={terms} page={parsePage(params.page)} />
          ) : (
            <p className={styles.prompt}>
              Type a few words to search insights, sectors, ventures and pages, or browse{' '}
              <Link href={SITE_ROUTES.insights.path}>all insights</Link>.
            </p>
          )}
        </div>
      </Container>
    </>
  )
}
