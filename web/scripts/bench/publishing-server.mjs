// The set-up `publish` and `load` share: a copy of the site build and of the seed dataset, a
// production server on them with a throwaway webhook secret, and one timed publish at hand.
import { randomBytes } from 'node:crypto'
import { copySeedDataset } from './dataset-copy.mjs'
import { startNextServer } from './next-server.mjs'
import { timePublish } from './publish-sample.mjs'
import { copySiteBuild, ensureSiteBuild } from './site-build.mjs'
import { ARTICLE_ID, ARTICLE_PATH, embeddedEnv, WEB_DIR } from './settings.mjs'
import { waitForText } from './wait-for-text.mjs'

/** Runs `measure` against a fresh publishing server, then removes the server and its copies. */
export async function withPublishingServer({ label, port, distDir, rebuild }, measure) {
  await ensureSiteBuild({ rebuild, env: embeddedEnv() })
  const build = copySiteBuild(distDir)
  const dataset = copySeedDataset()
  // A fresh secret each run: the server is local and thrown away afterwards.
  const secret = randomBytes(24).toString('hex')
  let server
  try {
    server = await startNextServer({
      label,
      dir: WEB_DIR,
      port,
      env: embeddedEnv({
        NEXT_DIST_DIR: distDir,
        CONTENT_DATASET_PATH: dataset.file,
        SANITY_REVALIDATE_SECRET: secret,
      }),
    })
    const originalTitle = dataset.find(ARTICLE_ID).title
    await waitForText(server.url + ARTICLE_PATH, originalTitle)
    const publish = (title) => timePublish({ siteUrl: server.url, dataset, secret, title })
    return await measure({ server, dataset, secret, originalTitle, publish })
  } finally {
    await server?.stop()
    build.remove()
    dataset.remove()
  }
}
