import type { Metadata } from 'next'
import { getCategories } from '@/content/categories'
import { listingMetadata, metadataFor } from '@/seo/metadata'
import { insightsHref } from './params'

export const INSIGHTS_INTRO =
  'Analysis and perspective from ChaffCent on security, aviation, infrastructure, resilience and advanced technology: how capability is built, governed and sustained in high-consequence environments.'

/** Each view of the index is its own canonical page: the category's name, and the page number past 1. */
export async function insightsMetadata(page: number, category: string | null): Promise<Metadata> {
  if (!category && page === 1) return listingMetadata('insights', INSIGHTS_INTRO)
  const current = (await getCategories()).find(({ slug }) => slug === category)
  if (category && !current) return {}
  const name = current ? `${current.title} insights` : 'Insights'
  return metadataFor({
    title: page > 1 ? `${name}, page ${page}` : name,
    description: current?.description ?? INSIGHTS_INTRO,
    path: insightsHref(page, category),
    kind: 'website',
  })
}
