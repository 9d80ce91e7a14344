// Prints the pages benchmark (table, missed targets, the audits that cost points) and writes it
// to web/.bench/pages.json.
import { writeResults } from './output.mjs'
import { formatPagesTable } from './pages-table.mjs'
import { checkTargets } from './pages-targets.mjs'

export function reportPages(results, runs, load) {
  const checks = checkTargets(results)
  const heading = runs > 1 ? `median of ${runs} Lighthouse runs` : 'one Lighthouse run each'
  console.log(
    `\nPages (${heading}; scores perf / a11y / best practices / SEO; M = mobile, D = desktop)\n`,
  )
  console.log(formatPagesTable(results, checks))
  const misses = checks.filter((check) => !check.met)
  console.log(`\nTargets met: ${checks.length - misses.length} of ${checks.length}`)
  for (const miss of misses) {
    console.log(`  ✗ ${miss.page}, ${miss.figure}: ${miss.value} (target ${miss.target})`)
  }
  for (const page of results) {
    for (const preset of ['mobile', 'desktop']) {
      const { runs: samples } = page.lighthouse[preset]
      const failing = new Set(samples.flatMap((sample) => sample.failing))
      const shifted = new Set(
        samples.flatMap((sample) => sample.layoutShifts).map((shift) => shift.selector),
      )
      if (shifted.size) {
        console.log(`  ${page.name} ${preset}, elements that shifted: ${[...shifted].join(', ')}`)
      }
      if (failing.size) {
        console.log(`  ${page.name} ${preset}, audits below 1: ${[...failing].join(', ')}`)
      }
    }
  }
  console.log(
    `  machine load (1-minute average) ${load.loadBefore.average} → ${load.loadAfter.average} on ${load.loadAfter.cores} cores`,
  )
  writeResults('pages.json', {
    measuredAt: new Date().toISOString(),
    runs,
    load,
    pages: results,
    checks,
  })
}
