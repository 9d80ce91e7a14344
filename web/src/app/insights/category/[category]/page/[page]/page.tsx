import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getCategories } from '@/content/categories'
import { insightsMetadata } from '../../../../_index/metadata'
import { InsightsIndex } from '../../../../_index/InsightsIndex'
import { pageNumber, PRERENDERED_LATER_PAGE } from '@/routing/insights-pages'

type Props = PageProps<'/insights/category/[category]/page/[page]'>

/** Page 2 of the first category; the rest render on their first visit. */
export async function generateStaticParams() {
  const [first] = await getCategories()
  return [{ category: first?.slug ?? 'none', ...PRERENDERED_LATER_PAGE }]
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
