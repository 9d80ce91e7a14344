import { copyOfSeed, requiredEnv as env, serveLakeAndStudio } from './serve'

/**
 * The lake and the studio for the browser tests (web/playwright.config.ts), on a fresh copy of
 * the seed each start, so every run begins from the same content.
 */
const served = await serveLakeAndStudio({
  datasetFile: copyOfSeed(env('CONTENT_DATASET_PATH')),
  ports: {
    lake: Number(env('LAKE_PORT')),
    studioApi: Number(env('STUDIO_API_PORT')),
    studio: Number(env('STUDIO_PORT')),
  },
  siteOrigin: env('SITE_ORIGIN'),
  projectId: env('SANITY_PROJECT_ID'),
  revalidateSecret: env('SANITY_REVALIDATE_SECRET'),
})
console.log(
  `[lake] ${served.lakeOrigin} (${served.studioApiOrigin}), studio ${served.studioOrigin}`,
)
