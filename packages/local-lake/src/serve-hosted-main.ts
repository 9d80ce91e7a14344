import { createLake } from './lake'
import { copyOfSeed, requiredEnv as env } from './serve'

/**
 * The lake alone, plain HTTP with outage drills, for the site's hosted-source browser tests
 * (web/playwright.config.ts): the hosted build and server read the seed through it, as they
 * would read Sanity's Content Lake, on a fresh copy each start. Given SITE_ORIGIN and
 * SANITY_REVALIDATE_SECRET it also sends the signed webhook, as `pnpm local` does (the
 * publish benchmark, web/scripts/bench/publish-local.ts), without the studio.
 */
const siteOrigin = process.env.SITE_ORIGIN
const secret = process.env.SANITY_REVALIDATE_SECRET
const lake = createLake({
  datasetFile: copyOfSeed(env('CONTENT_DATASET_PATH')),
  projectId: env('SANITY_PROJECT_ID'),
  drills: true,
  ...(siteOrigin && secret ? { webhook: { siteOrigin, secret } } : {}),
})
const port = Number(env('LAKE_PORT'))
lake.server.listen(port, '127.0.0.1', () => console.log(`[lake] http://127.0.0.1:${port}`))
