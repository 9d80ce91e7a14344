import { hostedConfig } from '@/content/config'
import { type SiteEnv, siteEnv } from '@/env'
import { createRevalidationHandler, type Revalidate } from './handler'
import { lakeRevisionReader } from './lake-revision'
import { methodNotAllowed } from './method-not-allowed'

/**
 * Everything `app/api/revalidate/route.ts` exports. Methods other than POST are
 * answered here rather than by Next's default, which sends no `Allow` header or body.
 */
export function revalidationRoute(revalidate: Revalidate, env: SiteEnv = siteEnv()) {
  const POST = createRevalidationHandler({
    revalidate,
    secret: () => env.SANITY_REVALIDATE_SECRET,
    readRevision: () => {
      const hosted = hostedConfig(env)
      return hosted && lakeRevisionReader(hosted)
    },
  })
  const refuse = async (request: Request) => methodNotAllowed(request)
  return {
    POST,
    GET: refuse,
    HEAD: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
    OPTIONS: refuse,
  }
}
