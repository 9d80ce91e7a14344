// `pnpm bench pages`: Lighthouse (mobile and desktop) and first-load JavaScript for the site's
// main pages, against an empty Next.js page of the same version served the same way.
import { copySiteBuild, ensureEmptyApp, ensureSiteBuild } from './builds.ts'
import { type FirstLoadJs, measureFirstLoadJs, openBrowser } from './first-load-js.ts'
import {
  CATEGORIES,
  type Category,
  type LighthouseRun,
  type Preset,
  runLighthouse,
} from './lighthouse.ts'
import { startNextServer } from './next-server.ts'
import { reportPages } from './pages-report.ts'
import { machineLoad, median } from './results.ts'
import { DIST_DIRS, embeddedEnv, PAGES, PORTS, WEB_DIR, type BenchOptions } from './settings.ts'

export interface MeasuredPage {
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
    dir: WEB_DIR,
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
