// `pnpm bench publish`: how long a publish takes to reach visitors on the embedded source,
// from the signed webhook to the first article page showing the change; then how many pages
// one publish of each document type expires. `pnpm bench load`: the same while 64 visitors
// keep requesting the cached article page, and whether any of their requests failed.
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import { ARTICLE_PATH } from '../../tests/support/cluster-helpers.ts'
import { fieldValue, PUBLISH_CASES, withField } from '../../tests/support/publish-cases.ts'
import { changeDocument, findDocument } from '../../tests/support/publishing-helpers.ts'
import {
  describeTiming,
  publish,
  type PublishTarget,
  startPublishingServer,
  TARGET_P95_MS,
  timePublish,
  timePublishes,
} from './publishing.ts'
import {
  type BenchOptions,
  describeLoad,
  describeTimings,
  DIST_DIRS,
  machineLoad,
  PORTS,
  summariseTimings,
  writeResults,
} from './settings.ts'

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
  console.log(describeLoad(load))
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

const VISITORS = 64

export async function runUnderLoad({ samples, rebuild }: BenchOptions): Promise<void> {
  const site = await startPublishingServer({
    label: 'load-server',
    port: PORTS.load,
    distDir: DIST_DIRS.load,
    rebuild,
  })
  console.log(
    describeTiming(
      'warm-up (not counted)',
      await timePublish(site, `${site.originalTitle} (warm-up)`),
    ),
  )
  const loadBefore = machineLoad()
  const visitors = startVisitors(site.siteUrl + ARTICLE_PATH, VISITORS)
  let traffic
  let timings
  try {
    timings = await timePublishes(site, samples, (index) => `under load ${index}`)
  } finally {
    traffic = await visitors.stop()
  }
  const machine = { loadBefore, loadAfter: machineLoad() }
  const summary = summariseTimings(timings.map((timing) => timing.ms))
  const met = summary.p95 < TARGET_P95_MS && traffic.errors === 0
  console.log(`\n${VISITORS} connections on ${ARTICLE_PATH} during ${samples} publishes`)
  console.log(
    `  ${traffic.requests} requests in ${traffic.seconds.toFixed(1)} s (${traffic.perSecond.toFixed(0)}/s), ${traffic.errors} errors ${JSON.stringify(traffic.statuses)}`,
  )
  for (const failure of traffic.failures) console.log(`  e.g. ${failure}`)
  console.log(`  publish → fresh: ${describeTimings(summary)}`)
  console.log(`  targets (0 errors, p95 < ${TARGET_P95_MS} ms): ${met ? 'met' : 'MISSED'}`)
  console.log(describeLoad(machine))
  writeResults('load.json', {
    measuredAt: new Date().toISOString(),
    page: ARTICLE_PATH,
    connections: VISITORS,
    targets: { errors: 0, p95Ms: TARGET_P95_MS },
    met,
    traffic,
    publish: { ...summary, samples: timings },
    machine,
  })
}

/**
 * `count` visitors on kept-alive connections, each asking for `url` again as soon as the page
 * arrives, until stopped; every answer but a 200 counts as an error.
 */
function startVisitors(url: string, count: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: count })
  const counts = {
    requests: 0,
    errors: 0,
    statuses: {} as Record<number, number>,
    failures: [] as string[],
  }
  let running = true
  const started = performance.now()
  const visit = () =>
    new Promise<number>((resolve, reject) => {
      const request = http.get(url, { agent }, (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
        response.on('error', reject)
      })
      request.on('error', reject)
      request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')))
    })
  const visitor = async () => {
    while (running) {
      try {
        const status = await visit()
        counts.statuses[status] = (counts.statuses[status] ?? 0) + 1
        if (status !== 200) counts.errors += 1
      } catch (error) {
        counts.errors += 1
        if (counts.failures.length < 5) counts.failures.push(String((error as Error).message))
      }
      counts.requests += 1
    }
  }
  const visitors = Array.from({ length: count }, visitor)
  return {
    async stop() {
      running = false
      await Promise.all(visitors)
      agent.destroy()
      const seconds = (performance.now() - started) / 1000
      return { ...counts, seconds, perSecond: counts.requests / seconds }
    },
  }
}
