// `bench.mjs load`: publish-to-fresh while 64 connections keep requesting the cached article
// page, and whether any of those requests failed while the publishes happened.
import { startLoad } from './load-generator.mjs'
import { machineLoad, writeResults } from './output.mjs'
import { describeSample } from './publish-sample.mjs'
import { withPublishingServer } from './publishing-server.mjs'
import { ARTICLE_PATH, LOAD_DIST_DIR, PORTS } from './settings.mjs'
import { median, percentile } from './stats.mjs'

const CONNECTIONS = 64
const TARGET_P95_MS = 1_000

export async function run({ samples, rebuild }) {
  const where = { label: 'load-server', port: PORTS.load, distDir: LOAD_DIST_DIR, rebuild }
  await withPublishingServer(where, async ({ server, originalTitle, publish }) => {
    console.log(
      describeSample('warm-up (not counted)', await publish(`${originalTitle} (warm-up)`)),
    )
    const loadBefore = machineLoad()
    const load = startLoad(server.url + ARTICLE_PATH, CONNECTIONS)
    try {
      const timings = []
      for (let index = 1; index <= samples; index += 1) {
        timings.push(await publish(`${originalTitle} (under load ${index})`))
        console.log(describeSample(`sample ${String(index).padStart(2)}`, timings.at(-1)))
      }
      report(timings, await load.stop(), { loadBefore, loadAfter: machineLoad() })
    } finally {
      await load.stop()
    }
  })
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
