// `pnpm bench growth`: what the archive's size costs. The seed grown to 13, 1,000 and 10,000
// articles (src/content/testing/grown-dataset.ts), each built and served on its own: build time,
// the build folder's size, the build's peak memory, renders after a signed publish, the server's
// memory once it has served the build's pages, and a cached article against an empty page.
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeGrownDataset } from '../../src/content/testing/grown-dataset.ts'
import { ARTICLE_ID, ARTICLE_PATH } from '../../tests/support/cluster-helpers.ts'
import { changeDocument, findDocument } from '../../tests/support/publishing-helpers.ts'
import { SEED } from '../../tests/support/servers.ts'
import { startNextServer as startServer } from '../processes/next-server.ts'
import { atEnd, ensureEmptyApp, startNextServer, startTracked } from './processes.ts'
import { publish } from './publishing.ts'
import {
  embeddedEnv,
  machineLoad,
  median,
  NEXT_BIN,
  OUTPUT_DIR,
  PORTS,
  WEB_DIR,
  writeResults,
  type BenchOptions,
} from './settings.ts'
import { measureThroughput } from './throughput.ts'

const SIZES = [13, 1_000, 10_000]
/** Publishes timed per size; each is followed by one render of each page it expires. */
const PUBLISHES = 5

export async function run({ seconds, rebuild }: BenchOptions): Promise<void> {
  const env = embeddedEnv()
  const empty = await startNextServer({
    label: 'growth-empty',
    dir: await ensureEmptyApp(rebuild, env),
    port: PORTS.empty,
    env,
  })
  await measureThroughput(`${empty.url}/`, 2)
  const emptyPerSecond = (await measureThroughput(`${empty.url}/`, seconds)).requestsPerSecond
  await empty.stop()
  const rows = []
  for (const articles of SIZES) {
    rows.push(await measureSize(articles, seconds))
    console.log(`  ${JSON.stringify(rows.at(-1))}`)
  }
  printTable(rows, emptyPerSecond)
  writeResults('growth.json', {
    measuredAt: new Date().toISOString(),
    emptyPerSecond,
    rows,
    load: machineLoad(),
  })
}

type Row = Awaited<ReturnType<typeof measureSize>>

async function measureSize(articles: number, seconds: number) {
  console.log(`\n${articles} articles: building…`)
  const dataset = writeGrownDataset(SEED, articles)
  const distDir = `.bench/next-growth-${articles}`
  const secret = randomBytes(24).toString('hex')
  const env = embeddedEnv({
    CONTENT_DATASET_PATH: dataset,
    NEXT_DIST_DIR: distDir,
    SANITY_REVALIDATE_SECRET: secret,
  })
  const build = await timedBuild(`growth-build-${articles}`, env)
  const buildMB = folderBytes(path.join(WEB_DIR, distDir)) / 1e6
  console.log(`  built in ${build.seconds.toFixed(0)} s, ${buildMB.toFixed(0)} MB`)
  const label = `growth-server-${articles}`
  const server = await startServer({ name: label, port: PORTS.site, env, log: logFile(label) })
  const stop = atEnd(() => server.stop('SIGINT'))
  try {
    for (const page of builtPages(distDir)) await (await fetch(server.origin + page)).arrayBuffer()
    const serverRssMB = groupRssKB(server.process.child.pid!) / 1024
    const renders = await rendersAfterPublish(server.origin, dataset, secret)
    const url = server.origin + ARTICLE_PATH
    await measureThroughput(url, 2)
    const articlePerSecond = (await measureThroughput(url, seconds)).requestsPerSecond
    const peakBuildMB = build.peakKB / 1024
    const load = machineLoad().average
    return {
      articles,
      build: build.seconds,
      buildMB,
      peakBuildMB,
      renders,
      serverRssMB,
      articlePerSecond,
      load,
    }
  } finally {
    await stop()
    rmSync(path.join(WEB_DIR, distDir), { recursive: true, force: true })
  }
}

const logFile = (label: string) => path.join(OUTPUT_DIR, `${label}.log`)

/** `next build`, timed, with the peak memory of its process tree sampled every 200 ms. */
async function timedBuild(label: string, env: NodeJS.ProcessEnv) {
  const started = performance.now()
  const build = startTracked(label, process.execPath, [NEXT_BIN, 'build'], { cwd: WEB_DIR, env })
  let peakKB = 0
  const sampler = setInterval(() => (peakKB = Math.max(peakKB, groupRssKB(build.child.pid!))), 200)
  const [code] = (await once(build.child, 'exit')) as [number | null]
  clearInterval(sampler)
  await build.stop()
  if (code !== 0) throw new Error(`${label} failed (exit ${code}); see ${build.log}`)
  return { seconds: (performance.now() - started) / 1000, peakKB }
}

/** Resident memory of every process in the group `leader` started (its workers too). */
function groupRssKB(leader: number): number {
  let total = 0
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (group !== leader) continue
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      total += Number(rss?.[1] ?? 0)
    } catch {
      // Gone between the listing and the read.
    }
  }
  return total
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0)
}

/** The pages the build prerendered (its manifest's routes), less files, images and Next's own. */
function builtPages(distDir: string): string[] {
  const manifest = path.join(WEB_DIR, distDir, 'prerender-manifest.json')
  const { routes } = JSON.parse(readFileSync(manifest, 'utf8')) as { routes: object }
  return Object.keys(routes).filter(
    (route) => !route.startsWith('/_') && !route.includes('.') && !route.endsWith('-image'),
  )
}

/**
 * The seed article retitled and published `PUBLISHES` times, signed as Sanity signs it; after
 * each, the first request for each page the publish expires, timed (a render, not a cache hit).
 */
async function rendersAfterPublish(siteUrl: string, dataset: string, secret: string) {
  const article = findDocument(ARTICLE_ID, dataset)
  const categoryId = (article.category as { _ref: string })._ref
  const category = (findDocument(categoryId, dataset).slug as { current: string }).current
  const pages = {
    article: ARTICLE_PATH,
    listing: '/insights',
    category: `/insights/category/${category}`,
    home: '/',
  }
  const times: Record<keyof typeof pages, number[]> = {
    article: [],
    listing: [],
    category: [],
    home: [],
  }
  for (let n = 1; n <= PUBLISHES; n += 1) {
    const before = findDocument(ARTICLE_ID, dataset)
    const title = `${String(article.title)} (growth ${n})`
    const after = changeDocument(ARTICLE_ID, (doc) => ({ ...doc, title }), dataset)
    await publish({ siteUrl, secret, dataset }, before, after)
    for (const [name, page] of Object.entries(pages) as [keyof typeof pages, string][]) {
      const started = performance.now()
      const response = await fetch(siteUrl + page)
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${page} answered ${response.status}`)
      times[name].push(performance.now() - started)
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, ms]) => [name, median(ms)!]),
  ) as Record<keyof typeof pages, number>
}

function printTable(rows: Row[], emptyPerSecond: number): void {
  const seed = rows[0]!
  console.log(
    `\nGrowth (${new Date().toISOString().slice(0, 10)}; renders: median of ${PUBLISHES} publishes)`,
  )
  console.log(
    '| articles | `next build` | `.next` | peak build RSS | article | /insights | category | home | server RSS | cached article req/s (× empty page) |',
  )
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const row of rows) {
    const times = (['article', 'listing', 'category', 'home'] as const).map(
      (name) => `${row.renders[name].toFixed(0)} ms`,
    )
    console.log(
      `| ${row.articles.toLocaleString('en-GB')} | ${row.build.toFixed(0)} s (${(row.build / seed.build).toFixed(2)}×) | ${row.buildMB.toFixed(0)} MB (${(row.buildMB / seed.buildMB).toFixed(2)}×) | ${row.peakBuildMB.toFixed(0)} MB | ${times.join(' | ')} | ${row.serverRssMB.toFixed(0)} MB | ${row.articlePerSecond.toFixed(0)} (${(row.articlePerSecond / emptyPerSecond).toFixed(2)}×) |`,
    )
  }
  console.log(
    `Empty Next.js page: ${emptyPerSecond.toFixed(0)} req/s; machine load ${machineLoad().average}`,
  )
}
