// Command-line options: `bench.mjs <pages|publish|load|edge|safety> [--runs N] [--samples N] [--rebuild] [--against REF]`.
import { parseArgs } from 'node:util'

export const USAGE = `Usage: node scripts/bench.mjs <pages|publish|load|edge|safety> [options]

  pages     Lighthouse scores and first-load JavaScript, the site against an empty Next.js page
  publish   time from a signed webhook to the fresh article page
  load      the same, while 64 connections keep requesting that page: errors and publish p95
  edge      a cached article through the nginx edge against nginx from a file and one instance;
            publish-to-fresh through the edge at 1 and 3 instances
  safety    a cached article on this build against a build of the commit before the safety
            work (security headers, address proxy): requests per second and header bytes

Options:
  --runs N      pages: Lighthouse runs per page and preset, the median is printed (default 1)
  --samples N   publish, load, edge: title changes to time (default 20)
  --rebuild     build the site (and the empty page) again even when a build is there
  --against REF safety: the earlier commit to compare with (default fd06dae)`

export function readOptions(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '1' },
      samples: { type: 'string', default: '20' },
      rebuild: { type: 'boolean', default: false },
      against: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  return {
    mode: values.help ? 'help' : positionals[0],
    runs: positiveInteger(values.runs, '--runs'),
    samples: positiveInteger(values.samples, '--samples'),
    rebuild: values.rebuild,
    against: values.against,
  }
}

function positiveInteger(text, name) {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number ≥ 1`)
  return value
}
