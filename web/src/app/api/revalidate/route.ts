import { revalidateTag } from 'next/cache'
import { revalidationRoute } from '@/publishing/revalidation/route'
import { answerAfterSharedExpiry } from '@/shared-cache/expire-before-answer'
import { typeTag } from '@chaffcent/content/tags'
import { markRedirectsStale } from '@/routing/redirect-book'
import { markKnownSlugsStale } from '@/routing/slug-book'
import type { Expiry } from '@/publishing/revalidation/expiry'

/**
 * A publish can add or rename a slug: the proxy re-reads the published slugs on its next
 * miss. A published redirect makes it re-read the redirects before the next address.
 */
function revalidate(tag: string, profile: Expiry) {
  revalidateTag(tag, profile)
  markKnownSlugsStale()
  if (tag === typeTag('redirect')) markRedirectsStale()
}

const route = revalidationRoute(revalidate)

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = route
// Several instances: the webhook answers once every instance and the edge know (no-op for one).
export const POST = answerAfterSharedExpiry(route.POST)
