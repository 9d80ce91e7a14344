// `pnpm bench publish`: how long a publish takes to reach visitors on the embedded source,
// from the signed webhook to the first article page showing the change; then how many pages
// one publish of each document type expires.
import { fieldValue, PUBLISH_CASES, withField } from '../../tests/support/publish-cases.ts'
import { changeDocument, findDocument } from '../../tests/support/publishing-helpers.ts'
import {
  describeTiming,
  publish,
  type PublishTarget,
  type PublishTiming,
  startPublishingServer,
  timePublish,
} from './publishing.ts'
import { describeTimings, machineLoad, summariseTimings, writeResults } from './results.ts'
import { DIST_DIRS, PORTS, type BenchOptions } from './settings.ts'

export const TARGET_P95_MS = 1_000

export async function run({ samples, rebuild }: BenchOptions): Promise<void> {
  const site = await startPublishingServer({
    label: 'publish-server',
    port: PORTS.publish,
    distDir: DIST_DIRS.publish,
    rebuild,
  })
  // The first publish after start-up also loads the webhook route; it is shown, not counted.
  const warmUp = await timePublish(site, `${site.originalTitle} (warm-up)`)
  console.log(describeTiming('warm-up (not counted)', warmUp))
  const loadBefore = machineLoad()
  const timings = await timePublishes(site, samples, (index) => `revision ${index}`)
  const load = { loadBefore, loadAfter: machineLoad() }
  const reach = await measureReach(site)

  const summary = summariseTimings(timings.map((timing) => timing.ms))
  const met = summary.p95 < TARGET_P95_MS
  console.log(`\nPublish → fresh article page, ${samples} samples on the embedded dataset`)
  console.log(`  ${describeTimings(summary)}`)
  console.log(`  target p95 < ${TARGET_P95_MS} ms: ${met ? 'met' : 'MISSED'}`)
  console.log(
    `  machine load (1-minute average) ${load.loadBefore.average} → ${load.loadAfter.average} on ${load.loadAfter.cores} cores`,
  )
  console.log('\nPages each type’s publish expires (sitemap pages re-rendered on the next request)')
  for (const { type, expired, pages } of reach)
    console.log(`  ${type.padEnd(14)} ${String(expired).padStart(3)} of ${pages}`)
  writeResults('publish.json', {
    measuredAt: new Date().toISOString(),
    targetP95Ms: TARGET_P95_MS,
    met,
    summary,
    load,
    warmUp,
    samples: timings,
    reach,
  })
}

/** `samples` timed retitles of the seed article, each printed as it lands. */
export async function timePublishes(
  target: PublishTarget & { originalTitle: string },
  samples: number,
  name: (index: number) => string,
): Promise<PublishTiming[]> {
  const timings: PublishTiming[] = []
  for (let index = 1; index <= samples; index += 1) {
    timings.push(await timePublish(target, `${target.originalTitle} (${name(index)})`))
    console.log(describeTiming(`sample ${String(index).padStart(2)}`, timings.at(-1)!))
  }
  return timings
}

/** Of every page in the sitemap, how many one publish of each type expires (next answer not a HIT). */
async function measureReach(target: PublishTarget) {
  const xml = await (await fetch(`${target.siteUrl}/sitemap.xml`)).text()
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname)
  const uncached = async () => {
    const missed: string[] = []
    for (const path of paths) {
      const response = await fetch(target.siteUrl + path)
      await response.arrayBuffer()
      if (response.headers.get('x-nextjs-cache') !== 'HIT') missed.push(path)
    }
    return missed
  }
  const rows = []
  for (const { type, id, field } of PUBLISH_CASES) {
    await uncached()
    const before = findDocument(id, target.dataset)
    const edited = withField(before, field, `${fieldValue(before, field)} (reach)`)
    const after = changeDocument(id, () => edited, target.dataset)
    await publish(target, before, after)
    rows.push({ type, expired: (await uncached()).length, pages: paths.length })
    await publish(
      target,
      after,
      changeDocument(id, () => before, target.dataset),
    )
  }
  return rows
}
