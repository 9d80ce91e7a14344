// The two builds the benchmarks run: the site's (web/.next, reused when there) and an empty
// Next.js page of the same version as the baseline. Servers run on copies of the site's build,
// so that a rebuild elsewhere in the tree cannot pull files from under them.
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { atEnd, runToEnd } from './processes.ts'
import { EMPTY_APP_DIR, NEXT_BIN, WEB_DIR } from './settings.ts'

const BUILD_DIR = path.join(WEB_DIR, '.next')
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
