import { SITE_ROUTES } from '@chaffcent/content/routes'
import Link from 'next/link'
import { ArticleGrid } from '@/components/cards/ArticleGrid'
import { getArticleIndex } from '@/content/articles'
import { getCategories } from '@/content/categories'
import { articleCardProps } from '@/site/cards'
import { CategoryFilter } from './CategoryFilter'
import { insightsHref, readIndexParams } from './index-params'
import styles from './insights.module.css'

/** The index as the query string asks for it. */
export async function InsightsList({ searchParams }: Pick<PageProps<'/insights'>, 'searchParams'>) {
  return <InsightsIndex {...readIndexParams(await searchParams)} />
}

/** One page of the index, in one category or all. */
export async function InsightsIndex({ page, category }: { page: number; category: string | null }) {
  const [categories, index] = await Promise.all([getCategories(), getArticleIndex(page, category)])
  const current = categories.find(({ slug }) => slug === category)
  return (
    <div className={styles.index}>
      <CategoryFilter categories={categories} current={current?.slug ?? null} />
      {index.articles.length > 0 ? (
        <ArticleGrid articles={index.articles.map(articleCardProps)} headingLevel={2} />
      ) : (
        <p className={styles.empty}>
          No articles here yet. <Link href={SITE_ROUTES.insights.path}>See all insights</Link>.
        </p>
      )}
      {index.pageCount > 1 && (
        <nav aria-label="Pagination" className={styles.pagination}>
          {page > 1 && (
            <Link href={insightsHref(page - 1, category)} rel="prev">
              ← Newer articles
            </Link>
          )}
          <span aria-current="page">
            Page {page} of {index.pageCount}
          </span>
          {page < index.pageCount && (
            <Link href={insightsHref(page + 1, category)} rel="next">
              Older articles →
            </Link>
          )}
        </nav>
      )}
    </div>
  )
}
