import { revalidateTag } from 'next/cache'
import { revalidationRoute } from '@/publishing/revalidation/route'
import { answerAfterSharedExpiry } from '@/shared-cache/expire-before-answer'
import { markKnownSlugsStale } from '@/routing/slug-book'
import type { Expiry } from '@/publishing/revalidation/expiry'

/** A publish can add or rename a slug: the proxy re-reads the published slugs on its next miss. */
function revalidate(tag: string, profile: Expiry) {
  revalidateTag(tag, profile)
  markKnownSlugsStale()
}

const route = revalidationRoute(revalidate)

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = route
// Several instances: the webhook answers once every instance and the edge know (no-op for one).
export const POST = answerAfterSharedExpiry(route.POST)
