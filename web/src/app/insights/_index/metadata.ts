import type { Metadata } from 'next'
import { getCategories } from '@/content/categories'
import { getListingPage } from '@/content/listing'
import { getSiteSettings } from '@/content/settings'
import { listingMetadata, metadataFor } from '@/seo/metadata'
import { insightsHref } from '@/routing/insights-pages'

/** Each view of the index is its own canonical page: the category's name, and the page number past 1. */
export async function insightsMetadata(page: number, category: string | null): Promise<Metadata> {
  if (!category && page === 1) return listingMetadata('insights')
  const current = (await getCategories()).find(({ slug }) => slug === category)
  if (category && !current) return {}
  const name = current ? `${current.title} insights` : 'Insights'
  return metadataFor({
    title: page > 1 ? `${name}, page ${page}` : name,
    description: current?.description ?? (await insightsIntro()),
    path: insightsHref(page, category),
    kind: 'website',
  })
}

/** The Insights listing's introduction as editors wrote it, else the site's tagline. */
async function insightsIntro(): Promise<string> {
  const [copy, settings] = await Promise.all([getListingPage('insights'), getSiteSettings()])
  return copy?.intro ?? settings.description
}
