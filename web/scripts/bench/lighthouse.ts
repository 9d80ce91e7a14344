// Lighthouse through its CLI (it launches and closes its own Chromium), retried when a run
// fails: on a busy machine Chromium now and then reports no navigation start (NO_NAVSTART).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts'
import { runToEnd } from './processes.ts'

const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]
export type Preset = 'mobile' | 'desktop'
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
]
export const RETRIES = 2

export interface LighthouseRun {
  scores: Record<Category, number | null>
  metrics: Record<string, number | null>
  failing: string[]
  layoutShifts: { selector: string | null; score: number }[]
  warnings: string[]
  /** Runs that failed before this one succeeded. */
  retried: number
}

/** Runs Lighthouse on `url`; a failed run (or one Lighthouse reports an error for) is retried. */
export async function runLighthouse(url: string, preset: Preset): Promise<LighthouseRun> {
  const { value, retried } = await withRetries(
    RETRIES,
    () => lighthouseReport(url, preset),
    (error) => console.log(`LH  ${preset} on ${url} failed, retrying: ${error.message}`),
  )
  return { ...summarise(value), retried }
}

/** Tries `attempt` once and then up to `retries` times more; fails with the last failure. */
export async function withRetries<T>(
  retries: number,
  attempt: () => Promise<T>,
  onRetry: (error: Error) => void,
): Promise<{ value: T; retried: number }> {
  for (let retried = 0; ; retried += 1) {
    try {
      return { value: await attempt(), retried }
    } catch (error) {
      if (retried === retries) throw error
      onRetry(error as Error)
    }
  }
}

async function lighthouseReport(url: string, preset: Preset): Promise<Report> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chaffcent-bench-lh-'))
  const report = path.join(dir, 'report.json')
  try {
    await runToEnd(
      `lighthouse-${preset}`,
      process.execPath,
      [
        LIGHTHOUSE_CLI,
        url,
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${['--headless=new', ...CHROMIUM_FLAGS].join(' ')}`,
        '--quiet',
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
    )
    const lhr = JSON.parse(readFileSync(report, 'utf8')) as Report
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
    return lhr
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The parts of Lighthouse's JSON report read here. */
interface Report {
  categories: Partial<Record<Category, { score: number | null; auditRefs: AuditRef[] }>>
  audits: Record<string, Audit | undefined>
  runtimeError?: { code: string; message: string }
  runWarnings?: string[]
}
interface AuditRef {
  id: string
  weight: number
}
interface Audit {
  score: number | null
  numericValue?: number
  details?: { items?: { node?: { selector?: string }; score: number }[] }
}

function summarise(lhr: Report): Omit<LighthouseRun, 'retried'> {
  const score = (id: Category) => lhr.categories[id]?.score
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [
      id,
      typeof score(id) === 'number' ? Math.round(score(id)! * 100) : null,
    ]),
  ) as Record<Category, number | null>
  const metrics = Object.fromEntries(
    METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null]),
  )
  const failing = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter(({ id: ref, weight }) => {
        const audit = lhr.audits[ref]
        return weight > 0 && audit && audit.score !== null && audit.score < 1
      })
      .map((ref) => `${id}: ${ref.id}`),
  )
  // The elements that moved, biggest shift first: what to fix when CLS costs points.
  const layoutShifts = (lhr.audits['layout-shifts']?.details?.items ?? []).map((item) => ({
    selector: item.node?.selector ?? null,
    score: item.score,
  }))
  return { scores, metrics, failing, layoutShifts, warnings: lhr.runWarnings ?? [] }
}
