// `bench.mjs publish`: how long a publish takes to reach visitors on the embedded source, from
// the signed webhook to the first article page that shows the change; then how many pages one
// publish of each document type expires.
import { machineLoad, writeResults } from './output.mjs'
import { describeReach, measureReach } from './publish-reach.mjs'
import { describeSample } from './publish-sample.mjs'
import { withPublishingServer } from './publishing-server.mjs'
import { ARTICLE_PATH, PORTS, PUBLISH_DIST_DIR } from './settings.mjs'
import { median, percentile } from './stats.mjs'

const TARGET_P95_MS = 1_000

export async function run({ samples, rebuild }) {
  const where = { label: 'publish-server', port: PORTS.publish, distDir: PUBLISH_DIST_DIR, rebuild }
  await withPublishingServer(where, async ({ server, dataset, secret, originalTitle, publish }) => {
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
  })
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
