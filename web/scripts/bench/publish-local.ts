// `pnpm bench publish-local`: Publish → site on `pnpm local`'s path. The local Content Lake
// (packages/local-lake) publishes exactly as the studio's Publish button asks it to (the Actions
// API), then sends its signed webhook to a production server of the site that reads through it;
// each round is timed from the publish request to the first page that shows the edit.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ARTICLE_ID, ARTICLE_PATH, headingAt } from '../../tests/support/cluster-helpers.ts'
import { origin } from '../processes/loopback.ts'
import { type NextServer, startNextServer } from '../processes/next-server.ts'

const TARGET_P95_MS = 1_000
const WEB = path.resolve(import.meta.dirname, '..', '..')
const LAKE_PACKAGE = path.join(WEB, '..', 'packages', 'local-lake')
const PORT_BASE = Number(process.env.BENCH_PORT_BASE || 3500)
const PORTS = { lake: PORT_BASE + 40, site: PORT_BASE + 41 }
const DIST_DIR = '.bench/next-publish-local'
const DATASET = 'production'
const POLL_MS = 20
const GIVE_UP_MS = 15_000

/** A round's time to the fresh page, and how much of it the lake took to answer the publish. */
interface Round {
  ms: number
  publishAnswered: number
}
const describe = ({ ms, publishAnswered }: Round) =>
  `${ms.toFixed(0)} ms (publish answered in ${publishAnswered.toFixed(0)} ms)`

interface Options {
  samples: number
  rebuild: boolean
}

export async function run({ samples, rebuild }: Options): Promise<void> {
  const secret = randomBytes(24).toString('base64url')
  const lakeOrigin = origin(PORTS.lake)
  const siteEnv = {
    NEXT_DIST_DIR: DIST_DIR,
    SANITY_PROJECT_ID: 'benchlocal',
    SANITY_DATASET: DATASET,
    SANITY_API_HOST: lakeOrigin,
    SANITY_VIEWER_TOKEN: 'bench-viewer',
    SANITY_REVALIDATE_SECRET: secret,
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chaffcent-bench-publish-local-'))
  const lake = await startLake(path.join(dataDir, 'data.ndjson'), secret, siteEnv.SANITY_PROJECT_ID)
  let site: NextServer | undefined
  try {
    if (rebuild || !existsSync(path.join(WEB, DIST_DIR, 'BUILD_ID'))) await build(siteEnv)
    else console.log(`Reusing the build in web/${DIST_DIR} (--rebuild to build again)`)
    site = await startNextServer({
      name: 'site',
      port: PORTS.site,
      env: { ...process.env, ...siteEnv },
    })
    const page = `${site.origin}${ARTICLE_PATH}`
    const publish = publisher(lakeOrigin, page)
    const title = await headingAt(page)
    console.log(`warm-up (not counted): ${describe(await publish(`${title} (warm-up)`))}`)
    const timings: number[] = []
    for (let round = 1; round <= samples; round += 1) {
      const timed = await publish(`${title} (revision ${round})`)
      timings.push(timed.ms)
      console.log(`round ${String(round).padStart(2)}: ${describe(timed)}`)
    }
    report(timings)
  } finally {
    await site?.stop()
    await stop(lake)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** One editor's round: edit the draft (not timed), press Publish, wait for the page to show it. */
function publisher(lakeOrigin: string, page: string) {
  const ids = { draftId: `drafts.${ARTICLE_ID}`, publishedId: ARTICLE_ID }
  const act = async (action: object) => {
    const url = `${lakeOrigin}/v2025-02-19/data/actions/${DATASET}`
    const body = JSON.stringify({ actions: [action] })
    const headers = { 'content-type': 'application/json' }
    const response = await fetch(url, { method: 'POST', headers, body })
    if (!response.ok)
      throw new Error(`the lake answered ${response.status}: ${await response.text()}`)
  }
  return async (title: string): Promise<Round> => {
    await act({ actionType: 'sanity.action.document.edit', ...ids, patch: { set: { title } } })
    const started = performance.now()
    await act({ actionType: 'sanity.action.document.publish', ...ids })
    const publishAnswered = performance.now() - started
    while ((await headingAt(page)) !== title) {
      if (performance.now() - started > GIVE_UP_MS) throw new Error(`"${title}" never showed`)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
    return { ms: performance.now() - started, publishAnswered }
  }
}

/** The lake on a fresh copy of the seed, sending its webhook to the site (serve-hosted-main.ts). */
async function startLake(datasetFile: string, secret: string, projectId: string) {
  const lake = spawn(
    path.join(LAKE_PACKAGE, 'node_modules', '.bin', 'tsx'),
    ['src/serve-hosted-main.ts'],
    {
      cwd: LAKE_PACKAGE,
      stdio: 'inherit',
      env: {
        ...process.env,
        CONTENT_DATASET_PATH: datasetFile,
        LAKE_PORT: String(PORTS.lake),
        SANITY_PROJECT_ID: projectId,
        SITE_ORIGIN: origin(PORTS.site),
        SANITY_REVALIDATE_SECRET: secret,
      },
    },
  )
  for (let attempt = 0; ; attempt += 1) {
    if (lake.exitCode !== null) throw new Error('the local lake exited')
    const health = await fetch(`${origin(PORTS.lake)}/health`).catch(() => null)
    if (health?.ok) return lake
    if (attempt > 300) throw new Error('the local lake did not answer')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** `next build` through the lake, as `pnpm local` builds: prerendering reads it too. */
async function build(env: Record<string, string>): Promise<void> {
  console.log(`Building the site through the lake into web/${DIST_DIR}…`)
  const next = path.join(WEB, 'node_modules', 'next', 'dist', 'bin', 'next')
  const child = spawn(process.execPath, [next, 'build'], {
    cwd: WEB,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  })
  const code = await new Promise((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`next build exited with ${String(code)}`)
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/** Nearest rank: a value that was measured, never an interpolation. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!

function report(timings: number[]): void {
  const sorted = [...timings].sort((a, b) => a - b)
  const [p50, p95] = [percentile(sorted, 50), percentile(sorted, 95)]
  console.log(`\nPublish → site through the local lake's Actions API, ${sorted.length} rounds`)
  console.log(
    `  p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)})`,
  )
  console.log(`  target p95 ≤ ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? 'met' : 'MISSED'}`)
  console.log(
    `  machine load (1-minute average) ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`,
  )
}
