// `bench.mjs publish`: how long a publish takes to reach visitors on the embedded source, from
// the signed webhook to the first article page that shows the change; then how many pages one
// publish of each document type expires.
import { randomBytes } from 'node:crypto'
import { copySeedDataset } from './dataset-copy.mjs'
import { startNextServer } from './next-server.mjs'
import { machineLoad, writeResults } from './output.mjs'
import { describeReach, measureReach } from './publish-reach.mjs'
import { describeSample, timePublish } from './publish-sample.mjs'
import { copySiteBuild, ensureSiteBuild } from './site-build.mjs'
import {
  ARTICLE_ID,
  ARTICLE_PATH,
  embeddedEnv,
  PORTS,
  PUBLISH_DIST_DIR,
  WEB_DIR,
} from './settings.mjs'
import { median, percentile } from './stats.mjs'
import { waitForText } from './wait-for-text.mjs'

const TARGET_P95_MS = 1_000

export async function run({ samples, rebuild }) {
  await ensureSiteBuild({ rebuild, env: embeddedEnv() })
  const build = copySiteBuild(PUBLISH_DIST_DIR)
  const dataset = copySeedDataset()
  // A fresh secret each run: the server is local and thrown away afterwards.
  const secret = randomBytes(24).toString('hex')
  let server
  try {
    server = await startNextServer({
      label: 'publish-server',
      dir: WEB_DIR,
      port: PORTS.publish,
      env: embeddedEnv({
        NEXT_DIST_DIR: PUBLISH_DIST_DIR,
        CONTENT_DATASET_PATH: dataset.file,
        SANITY_REVALIDATE_SECRET: secret,
      }),
    })
    const originalTitle = dataset.find(ARTICLE_ID).title
    await waitForText(server.url + ARTICLE_PATH, originalTitle)
    const publish = (title) => timePublish({ siteUrl: server.url, dataset, secret, title })
    // The first publish after start-up also loads the webhook route; it is shown, not counted.
    const warmUp = await publish(`${originalTitle} (warm-up)`)
    console.log(describeSample('warm-up (not counted)', warmUp))
    const loadBefore = machineLoad()
    const timings = []
    for (let index = 1; index <= samples; index += 1) {
      timings.push(await publish(`${originalTitle} (revision ${index})`))
      console.log(describeSample(`sample ${String(index).padStart(2)}`, timings.at(-1)))
    }
    const load = { loadBefore, loadAfter: machineLoad() }
    const reach = await measureReach({ siteUrl: server.url, dataset, secret })
    report(timings, warmUp, load, reach)
  } finally {
    await server?.stop()
    build.remove()
    dataset.remove()
  }
}

function report(timings, warmUp, load, reach) {
  const values = timings.map((sample) => sample.ms)
  const p95 = percentile(values, 95)
  const summary = {
    median: median(values),
    p95,
    min: Math.min(...values),
    max: Math.max(...values),
  }
  console.log(`\nPublish → fresh article page, ${values.length} samples on the embedded dataset`)
  console.log(
    `  median ${summary.median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (min ${summary.min.toFixed(1)}, max ${summary.max.toFixed(1)})`,
  )
  console.log(`  target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'}`)
  console.log(
    `  machine load (1-minute average) ${load.loadBefore.average} → ${load.loadAfter.average} on ${load.loadAfter.cores} cores`,
  )
  console.log(describeReach(reach))
  writeResults('publish.json', {
    measuredAt: new Date().toISOString(),
    page: ARTICLE_PATH,
    targetP95Ms: TARGET_P95_MS,
    met: p95 < TARGET_P95_MS,
    summary,
    load,
    warmUp,
    samples: timings,
    reach,
  })
}
