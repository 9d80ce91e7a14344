// Each instance runs its own copy of the one build: Next writes pages it renders again into
// its build folder, and two processes writing one file could serve half of it.
import { cpSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { WEB_DIR } from '../processes/next-server.ts'

const BUILD_DIR = path.join(WEB_DIR, '.next')
/** Build caches and the dev server's output: large, and never read by `next start`. */
const LEFT_OUT = new Set(
  ['cache', 'dev', 'trace', 'trace-build'].map((name) => path.join(BUILD_DIR, name)),
)

/** Copies the build to `distDir` (relative to web/) and returns it. */
export function copyBuild(distDir: string): string {
  if (!existsSync(path.join(BUILD_DIR, 'BUILD_ID'))) {
    throw new Error(
      `No build in ${BUILD_DIR}: run \`pnpm turbo run build --filter=@chaffcent/web\` first`,
    )
  }
  const target = path.join(WEB_DIR, distDir)
  rmSync(target, { recursive: true, force: true })
  cpSync(BUILD_DIR, target, { recursive: true, filter: (source) => !LEFT_OUT.has(source) })
  return distDir
}
