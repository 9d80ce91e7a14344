// `bench.mjs edge`: a cached article through the nginx edge beside nginx serving the same HTML
// from a file and beside one instance on its own; then publish-to-fresh through the edge with
// one instance and with three.
import { randomBytes } from 'node:crypto'
import { type Cluster, startCluster } from '../cluster/cluster.ts'
import { clusterSettings } from '../cluster/settings.ts'
import { copySeedDataset, type DatasetCopy } from './dataset-copy.mjs'
import { measureLoad } from './load.ts'
import { machineLoad, writeResults } from './output.mjs'
import { describeSample, timePublish } from './publish-sample.mjs'
import { ARTICLE_ID, ARTICLE_PATH, embeddedEnv } from './settings.mjs'
import { ensureSiteBuild } from './site-build.mjs'
import { serveFromFile } from './static-nginx.ts'
import { percentile } from './stats.mjs'

/** The benchmarks own 3500–3599; the edge benchmark takes 3520 onwards. */
const EDGE_PORT = 3520
const STATIC_PORT = 3530
const TARGET_SHARE_OF_STATIC = 0.5
const TARGET_P95_MS = 1_000

export async function run({ samples, rebuild }: { samples: number; rebuild: boolean }) {
  await ensureSiteBuild({ rebuild, env: embeddedEnv() })
  const dataset = copySeedDataset()
  const secret = randomBytes(24).toString('hex')
  const loadBefore = machineLoad()
  try {
    const throughput = await withCluster(3, dataset, secret, measureThroughput)
    const publishAt3 = await withCluster(3, dataset, secret, (cluster) =>
      timePublishes(cluster, dataset, secret, samples),
    )
    const publishAt1 = await withCluster(1, dataset, secret, (cluster) =>
      timePublishes(cluster, dataset, secret, samples),
    )
    report({
      throughput,
      publish: { 1: publishAt1, 3: publishAt3 },
      load: { loadBefore, loadAfter: machineLoad() },
    })
  } finally {
    dataset.remove()
  }
}

async function withCluster<T>(
  instances: number,
  dataset: DatasetCopy,
  secret: string,
  measure: (cluster: Cluster) => Promise<T>,
) {
  const env = embeddedEnv({ CONTENT_DATASET_PATH: dataset.file, SANITY_REVALIDATE_SECRET: secret })
  const settings = clusterSettings({
    ...env,
    PORT: String(EDGE_PORT),
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

async function measureThroughput(cluster: Cluster) {
  const html = await (await fetch(cluster.edgeUrl + ARTICLE_PATH)).text()
  const staticServer = await serveFromFile(html, STATIC_PORT)
  try {
    const results = []
    for (const [name, url] of [
      ['nginx, the same HTML from a file', staticServer.url],
      ['the edge (cached article)', cluster.edgeUrl + ARTICLE_PATH],
      ['one instance, no edge', cluster.instanceUrls[0] + ARTICLE_PATH],
    ] as const) {
      await measureLoad(url, 2) // warm-up: fills caches and connection pools
      const result = await measureLoad(url)
      console.log(
        `  ${name.padEnd(34)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s (p99 ${result.latencyP99Ms} ms, ${result.non2xx} non-2xx, ${result.errors} errors)`,
      )
      results.push({ name, ...result })
    }
    return results
  } finally {
    await staticServer.stop()
  }
}

async function timePublishes(
  cluster: Cluster,
  dataset: DatasetCopy,
  secret: string,
  samples: number,
) {
  const originalTitle = String(dataset.find(ARTICLE_ID).title)
  const publish = (title: string) =>
    timePublish({ siteUrl: cluster.edgeUrl, dataset, secret, title })
  console.log(describeSample('warm-up (not counted)', await publish(`${originalTitle} (warm-up)`)))
  const timings = []
  for (let index = 1; index <= samples; index += 1) {
    timings.push(await publish(`${originalTitle} (edge revision ${index})`))
    console.log(describeSample(`sample ${String(index).padStart(2)}`, timings.at(-1)!))
  }
  const values = timings.map((sample) => sample.ms)
  return {
    p95: percentile(values, 95)!,
    median: percentile(values, 50)!,
    max: Math.max(...values),
    samples: timings,
  }
}

function report(results: {
  throughput: Awaited<ReturnType<typeof measureThroughput>>
  publish: Record<1 | 3, Awaited<ReturnType<typeof timePublishes>>>
  load: { loadBefore: { average: number }; loadAfter: { average: number; cores: number } }
}) {
  const [fromFile, edge, instance] = results.throughput
  const share = edge!.requestsPerSecond / fromFile!.requestsPerSecond
  console.log('\nCached article, requests per second (autocannon, 32 connections, 10 s, gzip)')
  for (const row of results.throughput)
    console.log(`  ${row.name.padEnd(34)} ${row.requestsPerSecond.toFixed(0).padStart(7)}`)
  console.log(
    `  edge / file ${share.toFixed(2)} (target ≥ ${TARGET_SHARE_OF_STATIC}: ${share >= TARGET_SHARE_OF_STATIC ? 'met' : 'MISSED'}); edge / one instance ${(edge!.requestsPerSecond / instance!.requestsPerSecond).toFixed(1)}×`,
  )
  console.log('\nPublish → fresh article through the edge')
  for (const instances of [1, 3] as const) {
    const { p95, median } = results.publish[instances]
    console.log(
      `  ${instances} instance${instances === 1 ? ': ' : 's:'} median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'})`,
    )
  }
  console.log(
    `  machine load (1-minute average) ${results.load.loadBefore.average} → ${results.load.loadAfter.average} on ${results.load.loadAfter.cores} cores`,
  )
  writeResults('edge.json', {
    measuredAt: new Date().toISOString(),
    page: ARTICLE_PATH,
    shareOfStatic: share,
    ...results,
  })
}
