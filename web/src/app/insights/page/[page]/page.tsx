import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { insightsMetadata } from '../../_index/metadata'
import { InsightsIndex } from '../../_index/InsightsIndex'
import { pageNumber, PRERENDERED_LATER_PAGE } from '@/routing/insights-pages'

export function generateStaticParams() {
  return [PRERENDERED_LATER_PAGE]
}

export async function generateMetadata({
  params,
}: PageProps<'/insights/page/[page]'>): Promise<Metadata> {
  const page = pageNumber((await params).page)
  return page ? insightsMetadata(page, null) : {}
}

export default async function InsightsPageN({ params }: PageProps<'/insights/page/[page]'>) {
  const page = pageNumber((await params).page)
  if (!page) notFound()
  return <InsightsIndex page={page} category={null} />
}
