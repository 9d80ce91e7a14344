import { TYPE } from '@chaffcent/content/content-types'
import { typeTag } from '@chaffcent/content/tags'
import { revalidateTag } from 'next/cache'
import { hostedConfig } from '@/content/config'
import { siteEnv } from '@/env'
import { markRedirectsStale } from '@/routing/redirect-book'
import { markKnownSlugsStale } from '@/routing/slug-book'
import { answerAfterSharedExpiry } from '@/shared-cache/expire-before-answer'
import type { Expiry } from './expiry'
import { createRevalidationHandler } from './handler'
import { lakeRevisionReader } from './lake-revision'
import { methodNotAllowed } from './method-not-allowed'

/**
 * Expires a published document's pages. A publish can also add or rename a slug: the proxy
 * re-reads the published slugs on its next miss; a published redirect makes it re-read the
 * redirects before the next address.
 */
function revalidate(tag: string, profile: Expiry) {
  revalidateTag(tag, profile)
  markKnownSlugsStale()
  if (tag === typeTag(TYPE.redirect)) markRedirectsStale()
}

const handler = createRevalidationHandler({
  revalidate,
  secret: () => siteEnv().SANITY_REVALIDATE_SECRET,
  readRevision: () => {
    const hosted = hostedConfig()
    return hosted && lakeRevisionReader(hosted)
  },
})

/**
 * Everything `app/api/revalidate/route.ts` exports. POST, with several instances, answers
 * once every instance and the edge know (no-op for one). Other methods are answered here
 * rather than by Next's default, which sends no `Allow` header or body.
 */
const refuse = async (request: Request) => methodNotAllowed(request)
export const revalidationRoute = {
  POST: answerAfterSharedExpiry(handler),
  GET: refuse,
  HEAD: refuse,
  PUT: refuse,
  PATCH: refuse,
  DELETE: refuse,
  OPTIONS: refuse,
}
