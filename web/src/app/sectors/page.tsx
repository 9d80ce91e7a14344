import type { Metadata } from 'next'
import { getSectors } from '@/content/sectors'
import { listingMetadata } from '@/seo/metadata'
import { sectorCardItem } from '@/site/cards'
import { ListingPage } from '@/site/ListingPage'

const INTRO =
  'ChaffCent works where operational risk, regulation and technology meet. These are the sectors in which we advise, build capability and support delivery.'

export function generateMetadata(): Promise<Metadata> {
  return listingMetadata('sectors', INTRO)
}

export default async function SectorsPage() {
  const sectors = await getSectors()
  return (
    <ListingPage
      route="sectors"
      eyebrow="Sectors"
      intro={INTRO}
      items={sectors.map(sectorCardItem)}
    />
  )
}
