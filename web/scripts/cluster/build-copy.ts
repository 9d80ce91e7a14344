// Each instance runs its own copy of the one build: Next writes pages it renders again into
// its build folder, and two processes writing one file could serve half of it.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
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

/** Hex, so that it goes into nginx.conf as it is. */
const PrerenderManifest = z.object({
  preview: z.object({ previewModeId: z.string().regex(/^[0-9a-f]{16,}$/) }),
})

/** The value Next gives its draft-mode cookie (`__prerender_bypass`) for the build in `distDir`. */
export function previewModeId(distDir: string): string {
  const file = path.join(WEB_DIR, distDir, 'prerender-manifest.json')
  return PrerenderManifest.parse(JSON.parse(readFileSync(file, 'utf8'))).preview.previewModeId
}
