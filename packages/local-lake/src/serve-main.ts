import { serveLakeAndStudio, workingCopy } from './serve'

/** The lake and the studio for the browser tests, from the environment web/playwright.config.ts sets. */
const env = (name: string) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}
const served = await serveLakeAndStudio({
  datasetFile: workingCopy(env('CONTENT_DATASET_PATH')),
  lakePort: Number(env('LAKE_PORT')),
  studioPort: Number(env('STUDIO_PORT')),
  siteOrigin: env('SITE_ORIGIN'),
  revalidateSecret: process.env.SANITY_REVALIDATE_SECRET,
})
console.log(`[lake] ${served.lakeOrigin}, studio ${served.studioOrigin}`)
