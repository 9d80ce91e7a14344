// Benchmarks run on purpose (`pnpm bench pages`, `pnpm bench publish`, `pnpm bench edge`, `pnpm bench safety`), never by the tests:
// they print figures against the targets and write them to web/.bench/.
import './bench/typescript-imports.mjs'
import { readOptions, USAGE } from './bench/options.mjs'
import { withCleanup } from './bench/processes.mjs'

const MODES = {
  pages: () => import('./bench/pages.mjs'),
  publish: () => import('./bench/publish.mjs'),
  'publish-local': () => import('./bench/publish-local.ts'),
  edge: () => import('./bench/edge.ts'),
  load: () => import('./bench/load.mjs'),
  safety: () => import('./bench/safety.ts'),
  images: () => import('./bench/images.ts'),
}

let options
try {
  options = readOptions(process.argv.slice(2))
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`)
  process.exit(2)
}
const load = MODES[options.mode]
if (!load) {
  console.log(USAGE)
  process.exit(options.mode === 'help' ? 0 : 2)
}
const { run } = await load()
try {
  await withCleanup(() => run(options))
} catch (error) {
  console.error(`\nbench ${options.mode} failed: ${error.stack ?? error}`)
  process.exitCode = 1
}
