import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getArticleIndex } from '@/content/articles'
import { getCategories } from '@/content/categories'
import { insightsMetadata } from '../../../../_index/metadata'
import { InsightsIndex } from '../../../../_index/InsightsIndex'
import { laterPages, pageNumber } from '@/routing/insights-pages'

type Props = PageProps<'/insights/category/[category]/page/[page]'>

export async function generateStaticParams() {
  const categories = await getCategories()
  const pages = await Promise.all(
    categories.map(async ({ slug }) => {
      const { pageCount } = await getArticleIndex(1, slug)
      return pageCount > 1
        ? laterPages(pageCount).map(({ page }) => ({ category: slug, page }))
        : []
    }),
  )
  // The build needs at least one: page 2 of the first category, a 404 while it has too few.
  const known = pages.flat()
  return known.length > 0 ? known : [{ category: categories[0]?.slug ?? 'none', page: '2' }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, page } = await params
  const number = pageNumber(page)
  return number ? insightsMetadata(number, category) : {}
}

export default async function CategoryInsightsPageN({ params }: Props) {
  const { category, page } = await params
  const number = pageNumber(page)
  if (!number) notFound()
  return <InsightsIndex page={number} category={category} />
}
