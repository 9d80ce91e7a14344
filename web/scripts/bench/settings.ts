// Where the benchmarks' files go, which ports they own and which pages they measure; and how
// each prints and keeps its figures (JSON under web/.bench/, git-ignored, for comparing runs).
import { mkdirSync, writeFileSync } from 'node:fs'
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

export function writeResults(name: string, results: unknown): void {
  mkdirSync(OUTPUT_DIR, { recursive: true })
  const file = path.join(OUTPUT_DIR, name)
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
  console.log(`\nWritten ${path.relative(process.cwd(), file) || file}`)
}

export interface MachineLoad {
  average: number
  cores: number
}

/** The machine is shared: a high load average explains noisy figures. */
export function machineLoad(): MachineLoad {
  return { average: Number(os.loadavg()[0]!.toFixed(2)), cores: os.availableParallelism() }
}

/** The load as the measurements began and as they ended, printed beside the figures. */
export interface LoadDuring {
  loadBefore: MachineLoad
  loadAfter: MachineLoad
}

export const describeLoad = ({ loadBefore, loadAfter }: LoadDuring) =>
  `  machine load (1-minute average) ${loadBefore.average} → ${loadAfter.average} on ${loadAfter.cores} cores`

export function median(values: (number | null)[]): number | null {
  const numbers = values.filter((value) => typeof value === 'number').sort((a, b) => a - b)
  if (numbers.length === 0) return null
  const middle = Math.floor(numbers.length / 2)
  return numbers.length % 2 ? numbers[middle]! : (numbers[middle - 1]! + numbers[middle]!) / 2
}

/** Nearest-rank percentile: a value that was actually measured, never an interpolation. */
export function percentile(values: number[], p: number): number {
  const numbers = [...values].sort((a, b) => a - b)
  if (numbers.length === 0) throw new Error('no values to take a percentile of')
  const rank = Math.ceil((p / 100) * numbers.length)
  return numbers[Math.min(numbers.length, Math.max(1, rank)) - 1]!
}

export interface TimingSummary {
  median: number
  p95: number
  min: number
  max: number
}

/** Median, p95 and extremes of timings in milliseconds. */
export function summariseTimings(values: number[]): TimingSummary {
  return {
    median: median(values)!,
    p95: percentile(values, 95),
    min: Math.min(...values),
    max: Math.max(...values),
  }
}

export function describeTimings({ median, p95, min, max }: TimingSummary): string {
  return `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (min ${min.toFixed(1)}, max ${max.toFixed(1)})`
}
