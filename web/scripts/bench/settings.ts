// Where the benchmarks' files go, which ports they own and which pages they measure.
import os from 'node:os'
import path from 'node:path'
import { ARTICLE_PATH } from '../../tests/support/cluster-helpers.ts'
import { WEB_DIR } from '../processes/next-server.ts'

export { NEXT_BIN, WEB_DIR } from '../processes/next-server.ts'
export const OUTPUT_DIR = path.join(WEB_DIR, '.bench')
export const EMPTY_APP_DIR = path.join(os.tmpdir(), 'chaffcent-bench-empty')
export const PUBLISH_DATASET_DIR = path.join(os.tmpdir(), 'chaffcent-bench-publish')

/** What every benchmark is given from the command line (main.ts). */
export interface BenchOptions {
  runs: number
  samples: number
  seconds: number
  rebuild: boolean
}

/** Build copies live under the git-ignored .bench/; Next.js wants distDir inside the project. */
export const DIST_DIRS = {
  site: '.bench/next-site',
  publish: '.bench/next-publish',
  load: '.bench/next-load',
  visitorCost: '.bench/next-visitor-cost',
} as const

/**
 * 3500–3599 by default: clear of the browser tests (3100–3399) and `pnpm local` (3333,
 * 3400–3401). BENCH_PORT_BASE moves them all, for a second copy of the repository on the machine.
 */
const PORT_BASE = Number(process.env.BENCH_PORT_BASE || 3500)
export const PORTS = {
  empty: PORT_BASE,
  site: PORT_BASE + 1,
  publish: PORT_BASE + 2,
  load: PORT_BASE + 3,
  visitorCost: PORT_BASE + 4,
  /** The edge benchmark's cluster: the edge here, instances and Redis on the next ports. */
  edge: PORT_BASE + 20,
  staticNginx: PORT_BASE + 30,
  /** publish-local: the local Content Lake, and the site that reads through it. */
  lake: PORT_BASE + 40,
  siteOnLake: PORT_BASE + 41,
}

/** The pages measured: the empty Next.js page first, as the baseline the site is read against. */
export const PAGES = [
  { name: 'empty Next.js page', server: 'empty', path: '/' },
  { name: 'home', server: 'site', path: '/' },
  { name: 'insights', server: 'site', path: '/insights' },
  { name: 'seed article', server: 'site', path: ARTICLE_PATH },
  { name: 'privacy', server: 'site', path: '/legal/privacy' },
] as const

/** Settings from the caller's shell that would point a server at other content or another build. */
const INHERITED_CONTENT_SETTINGS = [
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_API_HOST',
  'CONTENT_DATASET_PATH',
  'NEXT_DIST_DIR',
  'SANITY_REVALIDATE_SECRET',
  'PREVIEW_SECRET',
  'REDIS_URL',
]

/** Environment for a server on the embedded dataset: no hosted Content Lake, no telemetry. */
export function embeddedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of INHERITED_CONTENT_SETTINGS) delete env[name]
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...extra }
}
