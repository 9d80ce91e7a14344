// `pnpm bench publish-local`: Publish → site on `pnpm local`'s path. The local Content Lake
// (packages/local-lake) publishes exactly as the studio's Publish button asks it to (the Actions
// API), then sends its signed webhook to a production server of the site that reads through it;
// each round is timed from the publish request to the first page that shows the edit.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { ARTICLE_ID, ARTICLE_PATH, headingAt } from '../../tests/support/cluster-helpers.ts'
import { answersOk, origin } from '../processes/loopback.ts'
import { waitUntil } from '../processes/spawn.ts'
import { atEnd, runToEnd, startNextServer, startTracked } from './processes.ts'
import { TARGET_P95_MS } from './publishing.ts'
import {
  type BenchOptions,
  describeLoad,
  describeTimings,
  type LoadDuring,
  machineLoad,
  NEXT_BIN,
  PORTS,
  summariseTimings,
  WEB_DIR,
  writeResults,
} from './settings.ts'

const LAKE_PACKAGE = path.join(WEB_DIR, '..', 'packages', 'local-lake')
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

export async function run({ samples, rebuild }: BenchOptions): Promise<void> {
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
  atEnd(() => rmSync(dataDir, { recursive: true, force: true }))
  await startLake(path.join(dataDir, 'data.ndjson'), secret, siteEnv.SANITY_PROJECT_ID)
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...siteEnv }
  if (rebuild || !existsSync(path.join(WEB_DIR, DIST_DIR, 'BUILD_ID'))) {
    // Built as `pnpm local` builds, through the lake: prerendering reads it too.
    console.log(`Building the site through the lake into web/${DIST_DIR}…`)
    await runToEnd('publish-local-build', process.execPath, [NEXT_BIN, 'build'], {
      cwd: WEB_DIR,
      env,
    })
  } else console.log(`Reusing the build in web/${DIST_DIR} (--rebuild to build again)`)
  const site = await startNextServer({
    label: 'site-on-lake',
    port: PORTS.siteOnLake,
    env,
  })
  const page = `${site.url}${ARTICLE_PATH}`
  const publish = publisher(lakeOrigin, page)
  const title = await headingAt(page)
  console.log(`warm-up (not counted): ${describe(await publish(`${title} (warm-up)`))}`)
  const loadBefore = machineLoad()
  const rounds: Round[] = []
  for (let round = 1; round <= samples; round += 1) {
    rounds.push(await publish(`${title} (revision ${round})`))
    console.log(`round ${String(round).padStart(2)}: ${describe(rounds.at(-1)!)}`)
  }
  report(rounds, { loadBefore, loadAfter: machineLoad() })
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
      await delay(POLL_MS)
    }
    return { ms: performance.now() - started, publishAnswered }
  }
}

/** The lake on a fresh copy of the seed, sending its webhook to the site (serve-hosted-main.ts). */
async function startLake(datasetFile: string, secret: string, projectId: string): Promise<void> {
  const tsx = path.join(LAKE_PACKAGE, 'node_modules', '.bin', 'tsx')
  const lake = startTracked('local-lake', tsx, ['src/serve-hosted-main.ts'], {
    cwd: LAKE_PACKAGE,
    env: {
      ...process.env,
      CONTENT_DATASET_PATH: datasetFile,
      LAKE_PORT: String(PORTS.lake),
      SANITY_PROJECT_ID: projectId,
      SITE_ORIGIN: origin(PORTS.siteOnLake),
      SANITY_REVALIDATE_SECRET: secret,
    },
  })
  await waitUntil(lake, () => answersOk(`${origin(PORTS.lake)}/health`), 30_000)
}

function report(rounds: Round[], load: LoadDuring): void {
  const summary = summariseTimings(rounds.map((round) => round.ms))
  const met = summary.p95 <= TARGET_P95_MS
  console.log(`\nPublish → site through the local lake's Actions API, ${rounds.length} rounds`)
  console.log(`  ${describeTimings(summary)}`)
  console.log(`  target p95 ≤ ${TARGET_P95_MS} ms: ${met ? 'met' : 'MISSED'}`)
  console.log(describeLoad(load))
  writeResults('publish-local.json', {
    measuredAt: new Date().toISOString(),
    page: ARTICLE_PATH,
    summary,
    rounds,
    load,
  })
}
