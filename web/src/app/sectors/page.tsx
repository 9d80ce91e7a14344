import type { Metadata } from 'next'
import { getSectors } from '@/content/sectors'
import { listingMetadata } from '@/seo/metadata'
import { sectorCardItem } from '@/site/cards'
import { ListingPage } from '@/site/ListingPage'

export function generateMetadata(): Promise<Metadata> {
  return listingMetadata('sectors')
}

export default async function SectorsPage() {
  const sectors = await getSectors()
  return <ListingPage route="sectors" items={sectors.map(sectorCardItem)} />
}
