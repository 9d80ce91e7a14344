import { TYPE } from '@chaffcent/content/content-types'
import type { ListingRoute } from '@chaffcent/content/content-types'
import { LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import type { SeedDocument } from './lib/documents/types'

/** The listing pages' copy, as the site showed it when it was hard-coded. */
const COPY: Record<ListingRoute, { eyebrow: string; intro: string }> = {
  insights: {
    eyebrow: 'Insights',
    intro:
      'Analysis and perspective from ChaffCent on security, aviation, infrastructure, resilience and advanced technology: how capability is built, governed and sustained in high-consequence environments.',
  },
  sectors: {
    eyebrow: 'Sectors',
    intro:
      'ChaffCent works where operational risk, regulation and technology meet. These are the sectors in which we advise, build capability and support delivery.',
  },
  ventures: {
    eyebrow: 'Ventures',
    intro:
      'Alongside its advisory work, ChaffCent develops and supports ventures and platforms that turn specialist knowledge into durable capability.',
  },
}

export function listingPageDocuments(): SeedDocument[] {
  return (Object.keys(COPY) as ListingRoute[]).map((route) => ({
    _id: LISTING_PAGE_IDS[route],
    _type: TYPE.listingPage,
    route,
    ...COPY[route],
  }))
}
