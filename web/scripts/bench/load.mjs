// `bench.mjs load`: publish-to-fresh while 64 connections keep requesting the cached article
// page, and whether any of those requests failed while the publishes happened.
import { randomBytes } from 'node:crypto'
import { copySeedDataset } from './dataset-copy.mjs'
import { startLoad } from './load-generator.mjs'
import { startNextServer } from './next-server.mjs'
import { machineLoad, writeResults } from './output.mjs'
import { describeSample, timePublish } from './publish-sample.mjs'
import { copySiteBuild, ensureSiteBuild } from './site-build.mjs'
import {
  ARTICLE_ID,
  ARTICLE_PATH,
  embeddedEnv,
  LOAD_DIST_DIR,
  PORTS,
  WEB_DIR,
} from './settings.mjs'
import { median, percentile } from './stats.mjs'
import { waitForText } from './wait-for-text.mjs'

const CONNECTIONS = 64
const TARGET_P95_MS = 1_000

export async function run({ samples, rebuild }) {
  await ensureSiteBuild({ rebuild, env: embeddedEnv() })
  const build = copySiteBuild(LOAD_DIST_DIR)
  const dataset = copySeedDataset()
  const secret = randomBytes(24).toString('hex')
  let server
  let load
  try {
    server = await startNextServer({
      label: 'load-server',
      dir: WEB_DIR,
      port: PORTS.load,
      env: embeddedEnv({
        NEXT_DIST_DIR: LOAD_DIST_DIR,
        CONTENT_DATASET_PATH: dataset.file,
        SANITY_REVALIDATE_SECRET: secret,
      }),
    })
    const originalTitle = dataset.find(ARTICLE_ID).title
    await waitForText(server.url + ARTICLE_PATH, originalTitle)
    const publish = (title) => timePublish({ siteUrl: server.url, dataset, secret, title })
    console.log(
      describeSample('warm-up (not counted)', await publish(`${originalTitle} (warm-up)`)),
    )
    const loadBefore = machineLoad()
    load = startLoad(server.url + ARTICLE_PATH, CONNECTIONS)
    const timings = []
    for (let index = 1; index <= samples; index += 1) {
      timings.push(await publish(`${originalTitle} (under load ${index})`))
      console.log(describeSample(`sample ${String(index).padStart(2)}`, timings.at(-1)))
    }
    const traffic = await load.stop()
    load = undefined
    report(timings, traffic, { loadBefore, loadAfter: machineLoad() })
  } finally {
    await load?.stop()
    await server?.stop()
    build.remove()
    dataset.remove()
  }
}

function report(timings, traffic, machine) {
  const values = timings.map((sample) => sample.ms)
  const p95 = percentile(values, 95)
  const met = p95 < TARGET_P95_MS && traffic.errors === 0
  console.log(`\n${CONNECTIONS} connections on ${ARTICLE_PATH} during ${values.length} publishes`)
  console.log(
    `  ${traffic.requests} requests in ${traffic.seconds.toFixed(1)} s (${traffic.perSecond.toFixed(0)}/s), ${traffic.errors} errors ${JSON.stringify(traffic.statuses)}`,
  )
  for (const failure of traffic.failures) console.log(`  e.g. ${failure}`)
  console.log(
    `  publish → fresh: median ${median(values).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (max ${Math.max(...values).toFixed(1)})`,
  )
  console.log(`  targets (0 errors, p95 < ${TARGET_P95_MS} ms): ${met ? 'met' : 'MISSED'}`)
  console.log(`  machine load ${machine.loadBefore.average} → ${machine.loadAfter.average}`)
  writeResults('load.json', {
    measuredAt: new Date().toISOString(),
    page: ARTICLE_PATH,
    connections: CONNECTIONS,
    targets: { errors: 0, p95Ms: TARGET_P95_MS },
    met,
    traffic,
    publish: { median: median(values), p95, samples: timings },
    machine,
  })
}
