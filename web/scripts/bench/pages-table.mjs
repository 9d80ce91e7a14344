// The pages benchmark as a markdown table: one row a page, a ✗ beside each figure that misses.
import { metFor } from './pages-targets.mjs'

const SCORE_COLUMNS = [
  ['performance', 'Perf'],
  ['accessibility', 'A11y'],
  ['best-practices', 'BP'],
  ['seo', 'SEO'],
]

export function formatPagesTable(pages, checks) {
  const baseline = pages[0]
  const header = ['Page', 'JS gzip KB', 'Δ empty']
  const targets = ['*target*', '', '≤ +10']
  for (const preset of ['mobile', 'desktop']) {
    for (const [category, label] of SCORE_COLUMNS) {
      header.push(`${preset === 'mobile' ? 'M' : 'D'} ${label}`)
      targets.push(category === 'performance' && preset === 'mobile' ? '≥ empty' : '100')
    }
  }
  const rows = pages.map((page) => {
    const mark = (figure, text) =>
      metFor(checks, page.name, figure) === false ? `${text} ✗` : text
    const delta = page === baseline ? '' : signed(page.js.gzipKb - baseline.js.gzipKb)
    const row = [page.name, page.js.gzipKb.toFixed(1), mark('first-load JS vs empty page', delta)]
    for (const preset of ['mobile', 'desktop']) {
      for (const [category] of SCORE_COLUMNS) {
        const score = page.lighthouse[preset].scores[category]
        row.push(mark(`${preset} ${category}`, score === null ? '–' : String(score)))
      }
    }
    return row
  })
  return markdownTable([header, targets, ...rows])
}

function signed(value) {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`
}

function markdownTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n')
}
