// `pnpm bench load`: the cached article's requests per second against an empty Next.js page on
// one instance; then publish-to-fresh while 64 visitors keep requesting that page, and whether
// any of their requests failed while the publishes happened.
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import { ARTICLE_PATH } from '../../tests/support/cluster-helpers.ts'
import { type Floor, measureAgainstEmptyPage } from './autocannon.ts'
import { ensureEmptyApp } from './builds.ts'
import { startNextServer } from './next-server.ts'
import { TARGET_P95_MS, timePublishes } from './publish.ts'
import { describeTiming, startPublishingServer, timePublish } from './publishing.ts'
import { describeTimings, machineLoad, summariseTimings, writeResults } from './results.ts'
import { DIST_DIRS, embeddedEnv, PORTS, type BenchOptions } from './settings.ts'

const VISITORS = 64
/** A cached page should cost at most this much more than the framework's own empty page. */
const TARGET_SHARE_OF_EMPTY = 0.6

export async function run({ samples, rebuild, runs, seconds }: BenchOptions): Promise<void> {
  const site = await startPublishingServer({
    label: 'load-server',
    port: PORTS.load,
    distDir: DIST_DIRS.load,
    rebuild,
  })
  const floor = await measureFloor(site.siteUrl + ARTICLE_PATH, { rebuild, runs, seconds })
  const floorMet = floor.medianShare >= TARGET_SHARE_OF_EMPTY ? 'met' : 'MISSED'
  console.log(
    `\nCached article / empty Next.js page, median of ${runs}: ${floor.medianShare.toFixed(2)} (target ≥ ${TARGET_SHARE_OF_EMPTY}: ${floorMet}; machine load ${machineLoad().average})`,
  )
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
  console.log(`  machine load ${machine.loadBefore.average} → ${machine.loadAfter.average}`)
  writeResults('load.json', {
    measuredAt: new Date().toISOString(),
    page: ARTICLE_PATH,
    connections: VISITORS,
    targets: { errors: 0, p95Ms: TARGET_P95_MS, shareOfEmpty: TARGET_SHARE_OF_EMPTY },
    met,
    floor,
    traffic,
    publish: { ...summary, samples: timings },
    machine,
  })
}

/** The cached page against an empty Next.js page, each on its own `next start`, one at a time. */
async function measureFloor(
  pageUrl: string,
  { rebuild, runs, seconds }: Pick<BenchOptions, 'rebuild' | 'runs' | 'seconds'>,
): Promise<Floor> {
  const env = embeddedEnv()
  const dir = await ensureEmptyApp(rebuild, env)
  const empty = await startNextServer({ label: 'empty-server', dir, port: PORTS.empty, env })
  console.log(
    `\nCached article against an empty Next.js page (autocannon, 32 connections, ${seconds} s, gzip)`,
  )
  try {
    return await measureAgainstEmptyPage(empty.url + '/', pageUrl, runs, seconds)
  } finally {
    await empty.stop()
  }
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
