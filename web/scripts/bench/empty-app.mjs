// The baseline: an empty Next.js App Router page, same Next.js and React as the site, built with
// the same binary. It borrows the site's installed packages through a symlinked node_modules.
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EMPTY_APP_DIR, NEXT_BIN, WEB_DIR } from './settings.mjs'
import { finished, startProcess } from './processes.mjs'

const LAYOUT = `import type { Metadata } from 'next'
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

const PAGE = `export default function Page() {
  return <main>Hello</main>
}
`

/**
 * Turbopack compiles nothing outside its root, and the symlinked packages resolve into the
 * monorepo's store, so the root is the deepest folder holding both the app and that store.
 */
function nextConfig() {
  const installedNext = realpathSync(path.join(WEB_DIR, 'node_modules', 'next'))
  let root = EMPTY_APP_DIR
  while (path.relative(root, installedNext).startsWith('..')) root = path.dirname(root)
  return `export default ${JSON.stringify({ turbopack: { root }, poweredByHeader: false })}\n`
}

function sources() {
  const nextVersion = JSON.parse(
    readFileSync(path.join(WEB_DIR, 'node_modules', 'next', 'package.json'), 'utf8'),
  ).version
  return {
    'package.json':
      JSON.stringify({ name: 'chaffcent-bench-empty', private: true }, null, 2) + '\n',
    'next.config.mjs': nextConfig(),
    'app/layout.tsx': LAYOUT,
    'app/page.tsx': PAGE,
    // What the build was made from; a change to any of it means building again.
    'bench-stamp.json': JSON.stringify({ nextVersion, LAYOUT, PAGE }) + '\n',
  }
}

/** Writes and builds the empty app unless an identical build is already there. */
export async function ensureEmptyApp({ rebuild = false, env }) {
  const files = sources()
  const stampFile = path.join(EMPTY_APP_DIR, 'bench-stamp.json')
  const built = existsSync(path.join(EMPTY_APP_DIR, '.next', 'BUILD_ID'))
  const sameSources =
    existsSync(stampFile) && readFileSync(stampFile, 'utf8') === files['bench-stamp.json']
  if (built && sameSources && !rebuild) {
    console.log(`Empty page: reusing the build in ${EMPTY_APP_DIR}`)
    return EMPTY_APP_DIR
  }
  console.log(`Empty page: building in ${EMPTY_APP_DIR}…`)
  rmSync(EMPTY_APP_DIR, { recursive: true, force: true })
  mkdirSync(path.join(EMPTY_APP_DIR, 'app'), { recursive: true })
  symlinkSync(path.join(WEB_DIR, 'node_modules'), path.join(EMPTY_APP_DIR, 'node_modules'), 'dir')
  for (const [name, text] of Object.entries(files)) {
    if (name !== 'bench-stamp.json') writeFileSync(path.join(EMPTY_APP_DIR, name), text)
  }
  const build = startProcess(process.execPath, [NEXT_BIN, 'build'], {
    cwd: EMPTY_APP_DIR,
    env,
    output: 'inherit',
  })
  await finished(build, 'next build (empty page)')
  // Stamped only once the build has succeeded, so a failed build is retried next time.
  writeFileSync(stampFile, files['bench-stamp.json'])
  return EMPTY_APP_DIR
}
