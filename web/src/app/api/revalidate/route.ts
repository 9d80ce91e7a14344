import { revalidateTag } from 'next/cache'
import { revalidationRoute } from '@/publishing/revalidation/route'
import { markKnownSlugsStale } from '@/routing/slug-book'

/** A publish can add or rename a slug: the proxy re-reads the published slugs on its next miss. */
function revalidate(tag: string, profile: { expire: number }) {
  revalidateTag(tag, profile)
  markKnownSlugsStale()
}

export const { POST, GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = revalidationRoute(revalidate)
