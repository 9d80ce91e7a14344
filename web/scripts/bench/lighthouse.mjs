// One Lighthouse run through its CLI, which launches and closes its own Chromium.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CHROME_FLAGS, CHROMIUM_PATH, LIGHTHOUSE_CLI } from './settings.mjs'
import { finished, startProcess } from './processes.mjs'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
]

/** Runs Lighthouse on `url` with the mobile (default) or desktop preset. */
export async function runLighthouse(url, preset) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chaffcent-bench-lh-'))
  const report = path.join(dir, 'report.json')
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--output=json',
    `--output-path=${report}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ]
  const logFile = path.join(dir, 'lighthouse.log')
  try {
    const log = openSync(logFile, 'w')
    const run = startProcess(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      output: log,
    })
    closeSync(log)
    await finished(run, `Lighthouse (${preset}) on ${url}`).catch((error) => {
      throw new Error(`${error.message}\n${readFileSync(logFile, 'utf8').slice(-2_000)}`)
    })
    return summarise(JSON.parse(readFileSync(report, 'utf8')))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Scores out of 100, the headline metrics, and what cost points outside performance. */
function summarise(lhr) {
  const scores = {}
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null
  }
  const metrics = {}
  for (const id of METRICS) metrics[id] = lhr.audits[id]?.numericValue ?? null
  return {
    scores,
    metrics,
    failing: failingAudits(lhr),
    layoutShifts: layoutShifts(lhr),
    runtimeError: lhr.runtimeError?.message ?? null,
    warnings: lhr.runWarnings ?? [],
  }
}

function failingAudits(lhr) {
  const failing = []
  for (const id of CATEGORIES.filter((category) => category !== 'performance')) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failing.push(`${id}: ${ref.id}`)
      }
    }
  }
  return failing
}

/** The elements that moved, biggest shift first: what to fix when CLS costs points. */
function layoutShifts(lhr) {
  return (lhr.audits['layout-shifts']?.details?.items ?? []).map((item) => ({
    selector: item.node?.selector ?? null,
    score: item.score,
  }))
}
