// `bench.mjs pages`: Lighthouse (mobile and desktop) and first-load JavaScript for the site's
// main pages, against an empty Next.js page of the same version served the same way.
import { ensureEmptyApp } from './empty-app.mjs'
import { measureFirstLoadJs, openBrowser } from './first-load-js.mjs'
import { CATEGORIES, runLighthouse } from './lighthouse.mjs'
import { startNextServer } from './next-server.mjs'
import { machineLoad } from './output.mjs'
import { reportPages } from './pages-report.mjs'
import { copySiteBuild, ensureSiteBuild } from './site-build.mjs'
import { embeddedEnv, PAGES, PORTS, SITE_DIST_DIR, WEB_DIR } from './settings.mjs'
import { median } from './stats.mjs'

export async function run({ runs, rebuild }) {
  const env = embeddedEnv()
  const emptyDir = await ensureEmptyApp({ rebuild, env })
  await ensureSiteBuild({ rebuild, env })
  const build = copySiteBuild(SITE_DIST_DIR)
  const servers = []
  try {
    const empty = await startNextServer({
      label: 'empty-server',
      dir: emptyDir,
      port: PORTS.empty,
      env,
    })
    servers.push(empty)
    const siteEnv = embeddedEnv({ NEXT_DIST_DIR: SITE_DIST_DIR })
    const site = await startNextServer({
      label: 'site-server',
      dir: WEB_DIR,
      port: PORTS.site,
      env: siteEnv,
    })
    servers.push(site)
    const origins = { empty: empty.url, site: site.url }
    const pages = PAGES.map((page) => ({ ...page, url: origins[page.server] + page.path }))
    await warm(pages)
    const loadBefore = machineLoad()
    const js = await measureJs(pages)
    const results = []
    for (const page of pages) {
      results.push({
        name: page.name,
        url: page.url,
        js: js.get(page),
        lighthouse: await lighthouseFor(page, runs),
      })
    }
    reportPages(results, runs, { loadBefore, loadAfter: machineLoad() })
  } finally {
    for (const server of servers) await server.stop()
    build.remove()
  }
}

/** A first request renders anything not prerendered; the measurements should not pay for it. */
async function warm(pages) {
  for (const page of pages) {
    const response = await fetch(page.url)
    if (!response.ok) throw new Error(`${page.url} answered ${response.status}`)
    await response.arrayBuffer()
  }
}

async function measureJs(pages) {
  const { browser, close } = await openBrowser()
  try {
    const measured = new Map()
    for (const page of pages) {
      measured.set(page, await measureFirstLoadJs(browser, page.url))
      console.log(`JS  ${page.name}: ${measured.get(page).gzipKb.toFixed(1)} KB gzip`)
    }
    return measured
  } finally {
    await close()
  }
}

async function lighthouseFor(page, runs) {
  const presets = {}
  for (const preset of ['mobile', 'desktop']) {
    const samples = []
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
    )
    presets[preset] = { scores, runs: samples }
  }
  return presets
}
