// Command-line options: `bench.mjs <pages|publish> [--runs N] [--samples N] [--rebuild]`.
import { parseArgs } from 'node:util'

export const USAGE = `Usage: node scripts/bench.mjs <pages|publish|edge> [options]

  pages     Lighthouse scores and first-load JavaScript, the site against an empty Next.js page
  publish   time from a signed webhook to the fresh article page
  edge      a cached article through the nginx edge against nginx from a file and one instance;
            publish-to-fresh through the edge at 1 and 3 instances

Options:
  --runs N      pages: Lighthouse runs per page and preset, the median is printed (default 1)
  --samples N   publish, edge: title changes to time (default 20)
  --rebuild     build the site (and the empty page) again even when a build is there`

export function readOptions(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '1' },
      samples: { type: 'string', default: '20' },
      rebuild: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  return {
    mode: values.help ? 'help' : positionals[0],
    runs: positiveInteger(values.runs, '--runs'),
    samples: positiveInteger(values.samples, '--samples'),
    rebuild: values.rebuild,
  }
}

function positiveInteger(text, name) {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number ≥ 1`)
  return value
}
