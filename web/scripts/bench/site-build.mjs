// The site's production build: reused when web/.next holds one, built when it does not. The
// servers run on copies so that a rebuild elsewhere in the tree cannot pull files from under them.
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { NEXT_BIN, WEB_DIR } from './settings.mjs'
import { finished, removeAtEnd, startProcess } from './processes.mjs'

const BUILD_DIR = path.join(WEB_DIR, '.next')
const BUILD_ID = path.join(BUILD_DIR, 'BUILD_ID')

export async function ensureSiteBuild({ rebuild = false, env }) {
  if (existsSync(BUILD_ID) && !rebuild) {
    const builtAt = statSync(BUILD_ID).mtime.toISOString()
    console.log(`Site: reusing web/.next (build ${buildId()}, built ${builtAt})`)
    return
  }
  console.log(rebuild ? 'Site: rebuilding web/.next…' : 'Site: no web/.next, building it…')
  const build = startProcess(process.execPath, [NEXT_BIN, 'build'], {
    cwd: WEB_DIR,
    env,
    output: 'inherit',
  })
  await finished(build, 'next build (site)')
  console.log(`Site: built ${buildId()}`)
}

function buildId() {
  return readFileSync(BUILD_ID, 'utf8').trim()
}

/**
 * Copies the build to `distDir` (relative to web/) for one server to run from. The dev
 * server's output is left out: it is large and `next start` never reads it.
 */
export function copySiteBuild(distDir) {
  const target = path.join(WEB_DIR, distDir)
  rmSync(target, { recursive: true, force: true })
  const devOutput = path.join(BUILD_DIR, 'dev')
  cpSync(BUILD_DIR, target, { recursive: true, filter: (source) => source !== devOutput })
  return { distDir, remove: removeAtEnd(() => rmSync(target, { recursive: true, force: true })) }
}
