// Everything a benchmark starts or makes is registered here, so that a failure, Ctrl-C or a
// kill still stops the servers and browsers it left behind and deletes its copies. Processes
// are the shared process helper's (scripts/processes/): each in its own group, output to
// .bench/<label>.log. The two builds the benchmarks run are made here too: the site's
// (web/.next, reused when there) and an empty Next.js page of the same version as the
// baseline. Servers run on copies of the site's build, so that a rebuild elsewhere in the
// tree cannot pull files from under them.
import { once } from 'node:events'
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { assertPortFree } from '../processes/loopback.ts'
import { startNextServer as startServer } from '../processes/next-server.ts'
import { isRunning, type Started, startProcess, stopProcess } from '../processes/spawn.ts'
import { EMPTY_APP_DIR, NEXT_BIN, OUTPUT_DIR, WEB_DIR } from './settings.ts'

type Cleanup = () => Promise<void> | void
const cleanups = new Set<Cleanup>()

/**
 * Registers `cleanup` to run at the end of the run, however it ends. Returns it, to call
 * earlier when the run goes well; it then runs only once.
 */
export function atEnd(cleanup: Cleanup): () => Promise<void> {
  const once = async () => {
    if (cleanups.delete(once)) await cleanup()
  }
  cleanups.add(once)
  return once
}

function logFile(label: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true })
  return path.join(OUTPUT_DIR, `${label}.log`)
}

/** Starts a command logged to .bench/<label>.log, stopped at the end of the run. */
export function startTracked(
  label: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Started & { stop: () => Promise<void> } {
  const started = startProcess(label, command, args, { ...options, log: logFile(label) })
  return { ...started, stop: atEnd(() => stopProcess(started, 'SIGINT')) }
}

/** Runs a command to its end (a build); fails with the tail of its log when it fails. */
export async function runToEnd(
  label: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<void> {
  const started = startTracked(label, command, args, options)
  if (isRunning(started)) await once(started.child, 'exit')
  await started.stop()
  const { exitCode, signalCode } = started.child
  if (exitCode !== 0)
    throw new Error(`${label} failed (exit ${exitCode ?? signalCode}); see ${started.log}`)
}

/** Runs a benchmark, then everything registered here, however the benchmark ends. */
export async function withCleanup(run: () => Promise<void>): Promise<void> {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping servers and browsers…`)
    void cleanUp().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    await run()
  } finally {
    await cleanUp()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** Last registered, first undone: a server stops before the copies it runs on are deleted. */
async function cleanUp(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) await Promise.resolve(cleanup()).catch(() => {})
}

export interface NextServer {
  url: string
  /** The leader of its process group (visitor-cost reads the group's CPU and memory). */
  pid: number
  stop(): Promise<void>
}

/** A benchmark's `next start` (in web/ unless `dir` says), logged and stopped at the end. */
export async function startNextServer(options: {
  label: string
  dir?: string
  port: number
  env: NodeJS.ProcessEnv
}): Promise<NextServer> {
  const { label, dir = WEB_DIR, port, env } = options
  // A leftover server on the port would be measured instead of this one.
  await assertPortFree(port)
  const server = await startServer({ name: label, port, env, cwd: dir, log: logFile(label) })
  const pid = server.process.child.pid!
  return { url: server.origin, pid, stop: atEnd(() => server.stop('SIGINT')) }
}

/** The site build the benchmarks measure (`next build` with no NEXT_DIST_DIR). */
export const BUILD_DIR = path.join(WEB_DIR, '.next')
const BUILD_ID = path.join(BUILD_DIR, 'BUILD_ID')

export async function ensureSiteBuild(rebuild: boolean, env: NodeJS.ProcessEnv): Promise<void> {
  if (existsSync(BUILD_ID) && !rebuild) {
    const builtAt = statSync(BUILD_ID).mtime.toISOString()
    console.log(`Site: reusing web/.next (build ${buildId()}, built ${builtAt})`)
    return
  }
  console.log(rebuild ? 'Site: rebuilding web/.next…' : 'Site: no web/.next, building it…')
  await runToEnd('site-build', process.execPath, [NEXT_BIN, 'build'], { cwd: WEB_DIR, env })
  console.log(`Site: built ${buildId()}`)
}

const buildId = () => readFileSync(BUILD_ID, 'utf8').trim()

/** Copies the build to `distDir` (relative to web/), without the dev server's output. */
export function copySiteBuild(distDir: string): { remove: () => Promise<void> } {
  const target = path.join(WEB_DIR, distDir)
  rmSync(target, { recursive: true, force: true })
  const devOutput = path.join(BUILD_DIR, 'dev')
  cpSync(BUILD_DIR, target, { recursive: true, filter: (source) => source !== devOutput })
  return { remove: atEnd(() => rmSync(target, { recursive: true, force: true })) }
}

const EMPTY_LAYOUT = `import type { Metadata } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = { title: 'Hello', description: 'An empty Next.js page.' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`
const EMPTY_PAGE = `export default function Page() {
  return <main>Hello</main>
}
`

/**
 * The empty page borrows the site's packages through a symlinked node_modules. Turbopack
 * compiles nothing outside its root, and those resolve into the monorepo's store, so its root
 * is the deepest folder holding both. Rebuilt only when Next.js or these sources change.
 */
export async function ensureEmptyApp(rebuild: boolean, env: NodeJS.ProcessEnv): Promise<string> {
  const installedNext = realpathSync(path.join(WEB_DIR, 'node_modules', 'next'))
  const { version } = JSON.parse(readFileSync(path.join(installedNext, 'package.json'), 'utf8'))
  let root = EMPTY_APP_DIR
  while (path.relative(root, installedNext).startsWith('..')) root = path.dirname(root)
  const config = { turbopack: { root }, poweredByHeader: false }
  const stamp = JSON.stringify({ version, EMPTY_LAYOUT, EMPTY_PAGE, config }) + '\n'
  const stampFile = path.join(EMPTY_APP_DIR, 'bench-stamp.json')
  const built = existsSync(path.join(EMPTY_APP_DIR, '.next', 'BUILD_ID'))
  if (built && !rebuild && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`Empty page: reusing the build in ${EMPTY_APP_DIR}`)
    return EMPTY_APP_DIR
  }
  console.log(`Empty page: building in ${EMPTY_APP_DIR}…`)
  rmSync(EMPTY_APP_DIR, { recursive: true, force: true })
  mkdirSync(path.join(EMPTY_APP_DIR, 'app'), { recursive: true })
  symlinkSync(path.join(WEB_DIR, 'node_modules'), path.join(EMPTY_APP_DIR, 'node_modules'), 'dir')
  const files = {
    'package.json': JSON.stringify({ name: 'chaffcent-bench-empty', private: true }) + '\n',
    'next.config.mjs': `export default ${JSON.stringify(config)}\n`,
    'app/layout.tsx': EMPTY_LAYOUT,
    'app/page.tsx': EMPTY_PAGE,
  }
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(EMPTY_APP_DIR, name), text)
  await runToEnd('empty-build', process.execPath, [NEXT_BIN, 'build'], { cwd: EMPTY_APP_DIR, env })
  // Stamped only once the build has succeeded, so a failed build is retried next time.
  writeFileSync(stampFile, stamp)
  return EMPTY_APP_DIR
}
