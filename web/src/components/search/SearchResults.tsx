import { hrefFor } from '@chaffcent/content/routes'
import Link from 'next/link'
import { snippet } from '@/search/highlight'
import type { SearchDocument } from '@/search/schema'
import { Highlighted } from './Highlighted'
import styles from './SearchResults.module.css'

/** What each kind of result is called, above its title. */
const KIND: Record<SearchDocument['_type'], string> = {
  article: 'Insight',
  page: 'Page',
  sector: 'Sector',
  venture: 'Venture',
}

/** One page of hits, best first, with the query's words marked in each title and snippet. */
export function SearchResults({ hits, terms }: { hits: SearchDocument[]; terms: string[] }) {
  return (
    <ol role="list" className={styles.results}>
      {hits.map((hit) => {
        const href = hrefFor(hit)
        if (!href) return null
        const context = snippet([hit.summary, hit.text, hit.headings.join(' · ')], terms)
        const kind = hit.category ? `${KIND[hit._type]} · ${hit.category}` : KIND[hit._type]
        return (
          <li key={hit._id} className={styles.result}>
            <p className={styles.kind}>{kind}</p>
            <h2 className={styles.title}>
              <Link href={href}>
                <Highlighted text={hit.title} terms={terms} />
              </Link>
            </h2>
            {context ? (
              <p className={styles.snippet}>
                <Highlighted text={context} terms={terms} />
              </p>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
