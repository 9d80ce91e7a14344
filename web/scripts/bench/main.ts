// `pnpm bench <name>`: benchmarks run on purpose, never by the tests. Each prints its figures
// beside the targets and writes them to web/.bench/<name>.json (see README.md beside this file).
import { parseArgs } from 'node:util'
import { withCleanup } from './processes.ts'
import type { BenchOptions } from './settings.ts'

type Run = (options: BenchOptions) => Promise<void>

/**
 * The images, last-good, reads and search benchmarks run the site's own source in process,
 * written for its bundler (relative imports leave out `.ts`): tsx loads it. Named through a
 * variable so that tsc -p scripts, which holds the scripts to Node's own rules, leaves those
 * files to web/tsconfig.json.
 */
const onSiteSource = (file: string) => async (): Promise<Run> => {
  const { register } = await import('tsx/esm/api')
  register()
  return (await import(file)).run
}

/** Each benchmark, loaded only when asked for: each pulls in its own tools. */
const BENCHMARKS: Record<string, () => Promise<Run>> = {
  pages: async () => (await import('./pages.ts')).run,
  publish: async () => (await import('./publish.ts')).run,
  'publish-local': async () => (await import('./publish-local.ts')).run,
  load: async () => (await import('./publish.ts')).runUnderLoad,
  edge: async () => (await import('./edge.ts')).run,
  images: onSiteSource('./images.ts'),
  'last-good': onSiteSource('./last-good.ts'),
  reads: onSiteSource('./reads.ts'),
  search: onSiteSource('./search.ts'),
  'visitor-cost': async () => (await import('./visitor-cost.ts')).run,
  growth: async () => (await import('./growth.ts')).run,
  profile: async () => (await import('./profile.ts')).run,
}

const USAGE = `Usage: pnpm bench <pages|publish|publish-local|load|edge|images|last-good|reads|search|visitor-cost|growth|profile> [options]

  pages     Lighthouse scores and first-load JavaScript, the site against an empty Next.js page
  publish   time from a signed webhook to the fresh article page; pages each type's publish expires
  publish-local
            the same on pnpm local's path: Publish through the local Content Lake's Actions API,
            its signed webhook to a site that reads through the lake, until the page shows it
  load      the cached article's requests/s against an empty Next.js page, one instance; then
            publish-to-fresh while 64 connections keep requesting that page: errors and p95
  edge      a cached article through the nginx edge against nginx from a file and one instance;
            publish-to-fresh through the edge at 1 and 3 instances
  images    the site's image endpoint in process: one variant 100 times, 100 variants, none kept
  last-good the last-good store at 1,000 and 10,000 articles: writes, disk, recall and memory
  reads     the embedded source's page reads at 13, 1,000 and 10,000 articles, scan against index
  search    one search on the embedded source at 1,000 articles: p50 and p95, index build
  visitor-cost
            what one visitor can make one instance spend: CPU, disk and memory per kind of request
  growth    the seed grown to 13, 1,000 and 10,000 articles, each built and served: build time,
            size and peak memory, renders after a publish, server memory, a cached article's
            requests per second against the empty page
  profile   a cached article under load on one instance, profiled: where its CPU goes

Options:
  --runs N      pages: Lighthouse runs per page and preset; load: rounds of empty page against
                article; the median is printed (default 1)
  --samples N   publish, publish-local, load, edge: title changes to time (default 20)
  --seconds N   edge, load, growth, profile: seconds of autocannon per server (default 10)
  --rebuild     build the site (and the empty page) again even when a build is there

(safety is retired: its last figure is in README.md beside this file.)`

function readOptions(argv: string[]): BenchOptions & { name: string | undefined } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '1' },
      samples: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '10' },
      rebuild: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  return {
    name: values.help ? 'help' : positionals[0],
    runs: wholeNumber(values.runs, '--runs'),
    samples: wholeNumber(values.samples, '--samples'),
    seconds: wholeNumber(values.seconds, '--seconds'),
    rebuild: values.rebuild,
  }
}

function wholeNumber(text: string, name: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number ≥ 1`)
  return value
}

let options: ReturnType<typeof readOptions>
try {
  options = readOptions(process.argv.slice(2))
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`)
  process.exit(2)
}
const benchmark = options.name === undefined ? undefined : BENCHMARKS[options.name]
if (!benchmark) {
  console.log(USAGE)
  process.exit(options.name === 'help' ? 0 : 2)
}
const run = await benchmark()
try {
  await withCleanup(() => run(options))
} catch (error) {
  console.error(`\nbench ${options.name} failed: ${(error as Error).stack ?? String(error)}`)
  process.exitCode = 1
}
