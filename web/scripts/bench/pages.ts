// `pnpm bench pages`: Lighthouse (mobile and desktop) and first-load JavaScript for the site's
// main pages, against an empty Next.js page of the same version served the same way; then the
// targets, a table (one row a page, a ✗ beside each figure that misses), the audits that cost
// points, and pages.json.
import { type FirstLoadJs, measureFirstLoadJs, openBrowser } from './first-load-js.ts'
import {
  CATEGORIES,
  type Category,
  type LighthouseRun,
  type Preset,
  runLighthouse,
} from './lighthouse.ts'
import { copySiteBuild, ensureEmptyApp, ensureSiteBuild, startNextServer } from './processes.ts'
import {
  type BenchOptions,
  DIST_DIRS,
  embeddedEnv,
  describeLoad,
  type LoadDuring,
  machineLoad,
  median,
  PAGES,
  PORTS,
  writeResults,
} from './settings.ts'

interface MeasuredPage {
  name: string
  url: string
  js: FirstLoadJs
  lighthouse: Record<Preset, { scores: Record<Category, number | null>; runs: LighthouseRun[] }>
}

export async function run({ runs, rebuild }: BenchOptions): Promise<void> {
  const env = embeddedEnv()
  const emptyDir = await ensureEmptyApp(rebuild, env)
  await ensureSiteBuild(rebuild, env)
  copySiteBuild(DIST_DIRS.site)
  const empty = await startNextServer({
    label: 'empty-server',
    dir: emptyDir,
    port: PORTS.empty,
    env,
  })
  const site = await startNextServer({
    label: 'site-server',
    port: PORTS.site,
    env: embeddedEnv({ NEXT_DIST_DIR: DIST_DIRS.site }),
  })
  const origins = { empty: empty.url, site: site.url }
  const pages = PAGES.map((page) => ({ ...page, url: origins[page.server] + page.path }))
  // A first request renders anything not prerendered; the measurements should not pay for it.
  for (const page of pages) {
    const response = await fetch(page.url)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${page.url} answered ${response.status}`)
  }
  const loadBefore = machineLoad()
  const js = await measureJs(pages)
  const results: MeasuredPage[] = []
  for (const [index, page] of pages.entries()) {
    results.push({
      name: page.name,
      url: page.url,
      js: js[index]!,
      lighthouse: await lighthouseFor(page, runs),
    })
  }
  reportPages(results, runs, { loadBefore, loadAfter: machineLoad() })
}

async function measureJs(pages: { name: string; url: string }[]): Promise<FirstLoadJs[]> {
  const { browser, close } = await openBrowser()
  try {
    const measured = []
    for (const page of pages) {
      measured.push(await measureFirstLoadJs(browser, page.url))
      console.log(`JS  ${page.name}: ${measured.at(-1)!.gzipKb.toFixed(1)} KB gzip`)
    }
    return measured
  } finally {
    await close()
  }
}

async function lighthouseFor(page: { name: string; url: string }, runs: number) {
  const presets = {} as MeasuredPage['lighthouse']
  for (const preset of ['mobile', 'desktop'] as const) {
    const samples: LighthouseRun[] = []
    for (let index = 0; index < runs; index += 1) {
      const sample = await runLighthouse(page.url, preset)
      samples.push(sample)
      const figures = CATEGORIES.map((category) => sample.scores[category] ?? '–').join(' / ')
      console.log(`LH  ${page.name} ${preset} run ${index + 1}/${runs}: ${figures}`)
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        median(samples.map((sample) => sample.scores[category])),
      ]),
    ) as Record<Category, number | null>
    presets[preset] = { scores, runs: samples }
  }
  return presets
}

const JS_BUDGET_KB = 10
const PRESETS: Preset[] = ['mobile', 'desktop']
const SCORE_COLUMNS: [Category, string][] = [
  ['performance', 'Perf'],
  ['accessibility', 'A11y'],
  ['best-practices', 'BP'],
  ['seo', 'SEO'],
]

interface Check {
  page: string
  figure: string
  value: number | string | null
  target: number | string
  met: boolean
}

/**
 * One check per site page and figure: a11y, best practices and SEO at 100 in both presets,
 * desktop performance 100, mobile performance at least the empty page's, and first-load
 * JavaScript within JS_BUDGET_KB (gzip) of the empty page's.
 */
function checkTargets([baseline, ...site]: MeasuredPage[]): Check[] {
  const checks: Check[] = []
  for (const page of site) {
    const check = (figure: string, value: Check['value'], target: Check['target'], met: boolean) =>
      checks.push({ page: page.name, figure, value, target, met })
    for (const preset of PRESETS) {
      const scores = page.lighthouse[preset].scores
      for (const category of ['accessibility', 'best-practices', 'seo'] as const)
        check(`${preset} ${category}`, scores[category], 100, scores[category] === 100)
    }
    const desktop = page.lighthouse.desktop.scores.performance
    check('desktop performance', desktop, 100, desktop === 100)
    const mobile = page.lighthouse.mobile.scores.performance
    const emptyMobile = baseline!.lighthouse.mobile.scores.performance
    const mobileMet = mobile !== null && mobile >= (emptyMobile ?? 0)
    check('mobile performance', mobile, `≥ ${emptyMobile} (empty page)`, mobileMet)
    const extraKb = page.js.gzipKb - baseline!.js.gzipKb
    const jsMet = extraKb <= JS_BUDGET_KB
    check(
      'first-load JS vs empty page',
      `+${extraKb.toFixed(1)} KB`,
      `≤ +${JS_BUDGET_KB} KB`,
      jsMet,
    )
  }
  return checks
}

function pagesTable(pages: MeasuredPage[], checks: Check[]): string {
  const baseline = pages[0]!
  const header = ['Page', 'JS gzip KB', 'Δ empty']
  const targets = ['*target*', '', `≤ +${JS_BUDGET_KB}`]
  for (const preset of PRESETS) {
    for (const [category, label] of SCORE_COLUMNS) {
      header.push(`${preset === 'mobile' ? 'M' : 'D'} ${label}`)
      targets.push(category === 'performance' && preset === 'mobile' ? '≥ empty' : '100')
    }
  }
  const rows = pages.map((page) => {
    const missed = (figure: string) =>
      checks.some((check) => check.page === page.name && check.figure === figure && !check.met)
    const mark = (figure: string, text: string) => (missed(figure) ? `${text} ✗` : text)
    const extra = page.js.gzipKb - baseline.js.gzipKb
    const delta = page === baseline ? '' : `${extra >= 0 ? '+' : ''}${extra.toFixed(1)}`
    const row = [page.name, page.js.gzipKb.toFixed(1), mark('first-load JS vs empty page', delta)]
    for (const preset of PRESETS) {
      for (const [category] of SCORE_COLUMNS) {
        const score = page.lighthouse[preset].scores[category]
        row.push(mark(`${preset} ${category}`, score === null ? '–' : String(score)))
      }
    }
    return row
  })
  const all = [header, targets, ...rows]
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column]!.length)))
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`
  return [line(header), rule, ...all.slice(1).map(line)].join('\n')
}

function reportPages(pages: MeasuredPage[], runs: number, load: LoadDuring): void {
  const checks = checkTargets(pages)
  const heading = runs > 1 ? `median of ${runs} Lighthouse runs` : 'one Lighthouse run each'
  console.log(
    `\nPages (${heading}; scores perf / a11y / best practices / SEO; M = mobile, D = desktop)\n`,
  )
  console.log(pagesTable(pages, checks))
  const misses = checks.filter((check) => !check.met)
  console.log(`\nTargets met: ${checks.length - misses.length} of ${checks.length}`)
  for (const miss of misses)
    console.log(`  ✗ ${miss.page}, ${miss.figure}: ${miss.value} (target ${miss.target})`)
  for (const page of pages) {
    for (const preset of PRESETS) {
      const samples = page.lighthouse[preset].runs
      const shifted = new Set(
        samples.flatMap((sample) => sample.layoutShifts.map((shift) => shift.selector)),
      )
      const failing = new Set(samples.flatMap((sample) => sample.failing))
      const retried = samples.reduce((sum, sample) => sum + sample.retried, 0)
      if (shifted.size)
        console.log(`  ${page.name} ${preset}, elements that shifted: ${[...shifted].join(', ')}`)
      if (failing.size)
        console.log(`  ${page.name} ${preset}, audits below 1: ${[...failing].join(', ')}`)
      if (retried)
        console.log(`  ${page.name} ${preset}: ${retried} failed Lighthouse run(s) retried`)
    }
  }
  console.log(describeLoad(load))
  writeResults('pages.json', { measuredAt: new Date().toISOString(), runs, load, pages, checks })
}
