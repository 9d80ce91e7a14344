import type { Metadata } from 'next'
import { getVentures } from '@/content/ventures'
import { listingMetadata } from '@/seo/metadata'
import { ventureCardItem } from '@/site/cards'
import { ListingPage } from '@/site/ListingPage'

export function generateMetadata(): Promise<Metadata> {
  return listingMetadata('ventures')
}

export default async function VenturesPage() {
  const ventures = await getVentures()
  return <ListingPage route="ventures" items={ventures.map(ventureCardItem)} />
}
