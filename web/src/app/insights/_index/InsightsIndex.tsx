import { SITE_ROUTES } from '@chaffcent/content/routes'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleGrid } from '@/components/cards/ArticleGrid'
import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/page-header/PageHeader'
import { getArticleIndex } from '@/content/articles'
import { getCategories } from '@/content/categories'
import { getListingPage } from '@/content/listing'
import { articleCardProps } from '@/site/cards'
import { CategoryFilter } from './CategoryFilter'
import { insightsHref } from '@/routing/insights-pages'
import styles from './insights.module.css'

/**
 * One page of the Insights index, in one category or all. Each view has its own path, so
 * every one is prerendered whole; an unknown category or a page past the last is a 404.
 */
export async function InsightsIndex({ page, category }: { page: number; category: string | null }) {
  const [categories, index, copy] = await Promise.all([
    getCategories(),
    getArticleIndex(page, category),
    getListingPage('insights'),
  ])
  const current = categories.find(({ slug }) => slug === category)
  if ((category && !current) || page > index.pageCount) notFound()
  return (
    <>
      <PageHeader
        eyebrow={current ? SITE_ROUTES.insights.label : copy?.eyebrow}
        title={current ? current.title : SITE_ROUTES.insights.label}
        intro={current?.description ?? copy?.intro}
      />
      <Container>
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
      </Container>
    </>
  )
}
