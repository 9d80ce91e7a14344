import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { type SiteEnv, siteEnv } from '@/env'
import { contentIdentity, distDir, isBuildPhase } from '../config'
import { BUILD_ID_VARIABLE } from './build-id'

/**
 * The folder this build's last good reads live in: `<distDir>/last-good/<hash>`, named for the
 * build and the content it reads, so another build or dataset never reads them and a restart
 * of the same one does. Null when the build id cannot be known (then memory is all there is).
 */
export function lastGoodFolder(env: SiteEnv = siteEnv()): string | null {
  const buildId = currentBuildId(env)
  if (!buildId) return null
  const owner = createHash('sha256')
    .update(`${buildId}\n${contentIdentity(env)}`)
    .digest('hex')
  return path.join(distDir(env), 'last-good', owner.slice(0, 24))
}

/** While `next build` runs, the id it chose (build-id.ts); afterwards, the id it wrote. */
function currentBuildId(env: SiteEnv): string | null {
  if (isBuildPhase(env)) return env[BUILD_ID_VARIABLE] ?? null
  try {
    return readFileSync(path.join(distDir(env), 'BUILD_ID'), 'utf8').trim() || null
  } catch {
    return null
  }
}
