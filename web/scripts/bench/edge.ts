// `pnpm bench edge`: a cached article through the nginx edge beside nginx serving the same HTML
// from a file and beside one instance on its own; then publish-to-fresh through the edge with
// one instance and with three. The clusters are `pnpm cluster`'s (scripts/cluster/).
import { randomBytes } from 'node:crypto'
import { type Cluster, startCluster } from '../cluster/cluster.ts'
import { clusterSettings } from '../cluster/settings.ts'
import { ARTICLE_ID, ARTICLE_PATH } from '../../tests/support/cluster-helpers.ts'
import { findDocument } from '../../tests/support/publishing-helpers.ts'
import { ensureSiteBuild } from './processes.ts'
import {
  copySeedDataset,
  describeTiming,
  TARGET_P95_MS,
  timePublish,
  timePublishes,
} from './publishing.ts'
import {
  type BenchOptions,
  describeLoad,
  describeTimings,
  embeddedEnv,
  machineLoad,
  PORTS,
  summariseTimings,
  writeResults,
} from './settings.ts'
import {
  describeThroughput,
  measureThroughput,
  serveFromFile,
  type Throughput,
} from './throughput.ts'

const TARGET_SHARE_OF_STATIC = 0.5

export async function run({ samples, rebuild, seconds }: BenchOptions): Promise<void> {
  await ensureSiteBuild(rebuild, embeddedEnv())
  const dataset = copySeedDataset().file
  const secret = randomBytes(24).toString('hex')
  const loadBefore = machineLoad()
  const throughput = await withCluster(3, dataset, secret, (cluster) => compare(cluster, seconds))
  const publishAt3 = await withCluster(3, dataset, secret, (cluster) =>
    timeEdgePublishes(cluster, dataset, secret, samples),
  )
  const publishAt1 = await withCluster(1, dataset, secret, (cluster) =>
    timeEdgePublishes(cluster, dataset, secret, samples),
  )
  const load = { loadBefore, loadAfter: machineLoad() }

  const [fromFile, edge, instance] = throughput
  const share = edge!.requestsPerSecond / fromFile!.requestsPerSecond
  console.log(
    `\nCached article, requests per second (autocannon, 32 connections, ${seconds} s, gzip)`,
  )
  for (const row of throughput)
    console.log(`  ${row.name.padEnd(34)} ${row.requestsPerSecond.toFixed(0).padStart(7)}`)
  console.log(
    `  edge / file ${share.toFixed(2)} (target ≥ ${TARGET_SHARE_OF_STATIC}: ${share >= TARGET_SHARE_OF_STATIC ? 'met' : 'MISSED'}); edge / one instance ${(edge!.requestsPerSecond / instance!.requestsPerSecond).toFixed(1)}×`,
  )
  console.log('\nPublish → fresh article through the edge')
  for (const [instances, summary] of [
    [1, publishAt1],
    [3, publishAt3],
  ] as const) {
    const met = summary.p95 < TARGET_P95_MS ? 'met' : 'MISSED'
    console.log(
      `  ${instances} instance${instances === 1 ? ': ' : 's:'} ${describeTimings(summary)} (target p95 < ${TARGET_P95_MS} ms: ${met})`,
    )
  }
  console.log(describeLoad(load))
  writeResults('edge.json', {
    measuredAt: new Date().toISOString(),
    page: ARTICLE_PATH,
    shareOfStatic: share,
    throughput,
    publish: { 1: publishAt1, 3: publishAt3 },
    load,
  })
}

async function withCluster<T>(
  instances: number,
  dataset: string,
  secret: string,
  measure: (cluster: Cluster) => Promise<T>,
): Promise<T> {
  const env = embeddedEnv({ CONTENT_DATASET_PATH: dataset, SANITY_REVALIDATE_SECRET: secret })
  const settings = clusterSettings({
    ...env,
    PORT: String(PORTS.edge),
    INSTANCES: String(instances),
    REDIS_URL: '',
  })
  console.log(`\nStarting Redis, ${instances} instance${instances === 1 ? '' : 's'} and the edge…`)
  const cluster = await startCluster(settings)
  try {
    return await measure(cluster)
  } finally {
    await cluster.stop()
  }
}

async function compare(
  cluster: Cluster,
  seconds: number,
): Promise<(Throughput & { name: string })[]> {
  const html = await (await fetch(cluster.edgeUrl + ARTICLE_PATH)).text()
  const staticServer = await serveFromFile(html, PORTS.staticNginx)
  try {
    const results = []
    for (const [name, url] of [
      ['nginx, the same HTML from a file', staticServer.url],
      ['the edge (cached article)', cluster.edgeUrl + ARTICLE_PATH],
      ['one instance, no edge', cluster.instanceUrls[0] + ARTICLE_PATH],
    ] as const) {
      await measureThroughput(url, 2) // warm-up: fills caches and connection pools
      const result = await measureThroughput(url, seconds)
      console.log(describeThroughput(name, result))
      results.push({ name, ...result })
    }
    return results
  } finally {
    await staticServer.stop()
  }
}

async function timeEdgePublishes(
  cluster: Cluster,
  dataset: string,
  secret: string,
  samples: number,
) {
  const originalTitle = String(findDocument(ARTICLE_ID, dataset).title)
  const target = { siteUrl: cluster.edgeUrl, dataset, secret, originalTitle }
  console.log(
    describeTiming(
      'warm-up (not counted)',
      await timePublish(target, `${originalTitle} (warm-up)`),
    ),
  )
  const timings = await timePublishes(target, samples, (index) => `edge revision ${index}`)
  return { ...summariseTimings(timings.map((timing) => timing.ms)), samples: timings }
}
