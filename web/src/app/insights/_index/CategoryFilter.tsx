import Link from 'next/link'
import type { Category } from '@/content/categories'
import { insightsHref } from '@/routing/insights-pages'
import styles from './insights.module.css'

/** Links to each category's articles; the one showing is marked as current. */
export function CategoryFilter({
  categories,
  current,
}: {
  categories: Category[]
  current: string | null
}) {
  const options = [{ slug: null, title: 'All insights' }, ...categories]
  return (
    <nav aria-label="Filter insights by category" className={styles.filter}>
      <ul role="list">
        {options.map(({ slug, title }) => (
          <li key={slug ?? 'all'}>
            <Link href={insightsHref(1, slug)} aria-current={slug === current ? 'page' : undefined}>
              {title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
