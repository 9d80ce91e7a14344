import { createLake } from './lake'
import { copyOfSeed, requiredEnv as env } from './serve'

/**
 * The lake alone, plain HTTP with outage drills, for the site's hosted-source browser tests
 * (web/playwright.config.ts): the hosted build and server read the seed through it, as they
 * would read Sanity's Content Lake, on a fresh copy each start.
 */
const lake = createLake({
  datasetFile: copyOfSeed(env('CONTENT_DATASET_PATH')),
  projectId: env('SANITY_PROJECT_ID'),
  drills: true,
})
const port = Number(env('LAKE_PORT'))
lake.server.listen(port, '127.0.0.1', () => console.log(`[lake] http://127.0.0.1:${port}`))
