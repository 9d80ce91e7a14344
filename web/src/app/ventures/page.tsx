import type { Metadata } from 'next'
import { getVentures } from '@/content/ventures'
import { listingMetadata } from '@/seo/metadata'
import { ventureCardItem } from '@/site/cards'
import { ListingPage } from '@/site/ListingPage'

const INTRO =
  'Alongside its advisory work, ChaffCent develops and supports ventures and platforms that turn specialist knowledge into durable capability.'

export function generateMetadata(): Promise<Metadata> {
  return listingMetadata('ventures', INTRO)
}

export default async function VenturesPage() {
  const ventures = await getVentures()
  return (
    <ListingPage
      route="ventures"
      eyebrow="Ventures"
      intro={INTRO}
      items={ventures.map(ventureCardItem)}
    />
  )
}
