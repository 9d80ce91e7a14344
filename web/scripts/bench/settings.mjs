// Where things are and which ports the benchmarks own. The browser tests use 3100–3399 and
// `pnpm local` 3333 and 3400–3401, so everything here stays in 3500–3599 and can run beside them.
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const OUTPUT_DIR = path.join(WEB_DIR, '.bench')
export const NEXT_BIN = path.join(WEB_DIR, 'node_modules', 'next', 'dist', 'bin', 'next')
export const LIGHTHOUSE_CLI = path.join(WEB_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js')
export const SEED_DATASET = path.join(WEB_DIR, '..', 'studio', 'seed', 'production.ndjson')

export const EMPTY_APP_DIR = path.join(os.tmpdir(), 'chaffcent-bench-empty')
export const PUBLISH_DATASET_DIR = path.join(os.tmpdir(), 'chaffcent-bench-publish')

/** Build copies live under the git-ignored .bench/; Next.js wants distDir inside the project. */
export const SITE_DIST_DIR = '.bench/next-site'
export const PUBLISH_DIST_DIR = '.bench/next-publish'
export const LOAD_DIST_DIR = '.bench/next-load'

/** BENCH_PORT_BASE moves them all, for a second copy of the repository on the same machine. */
const PORT_BASE = Number(process.env.BENCH_PORT_BASE || 3500)
export const PORTS = {
  empty: PORT_BASE,
  site: PORT_BASE + 1,
  publish: PORT_BASE + 2,
  load: PORT_BASE + 3,
}
export const origin = (port) => `http://127.0.0.1:${port}`

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

export const ARTICLE_ID = 'article-it-ot-convergence-high-consequence-environments'
export const ARTICLE_PATH = '/insights/it-ot-convergence-high-consequence-environments'

/** The pages measured: the empty Next.js page first, as the baseline the site is read against. */
export const PAGES = [
  { name: 'empty Next.js page', server: 'empty', path: '/' },
  { name: 'home', server: 'site', path: '/' },
  { name: 'insights', server: 'site', path: '/insights' },
  { name: 'seed article', server: 'site', path: ARTICLE_PATH },
  { name: 'privacy', server: 'site', path: '/legal/privacy' },
]

/** Environment for a server on the embedded dataset: no hosted Content Lake, no telemetry. */
export function embeddedEnv(extra = {}) {
  const env = { ...process.env }
  for (const name of INHERITED_CONTENT_SETTINGS) delete env[name]
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...extra }
}

/** Settings from the caller's shell that would point a server at other content or another build. */
const INHERITED_CONTENT_SETTINGS = [
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_API_HOST',
  'CONTENT_DATASET_PATH',
  'NEXT_DIST_DIR',
  'SANITY_REVALIDATE_SECRET',
  'PREVIEW_SECRET',
]
