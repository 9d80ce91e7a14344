import type { Metadata } from 'next'
import { getCategories } from '@/content/categories'
import { insightsMetadata } from '../../_index/metadata'
import { InsightsIndex } from '../../_index/InsightsIndex'

export async function generateStaticParams() {
  return (await getCategories()).map(({ slug }) => ({ category: slug }))
}

export async function generateMetadata({
  params,
}: PageProps<'/insights/category/[category]'>): Promise<Metadata> {
  return insightsMetadata(1, (await params).category)
}

export default async function CategoryInsightsPage({
  params,
}: PageProps<'/insights/category/[category]'>) {
  return <InsightsIndex page={1} category={(await params).category} />
}
