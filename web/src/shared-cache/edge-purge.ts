import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { edgeCacheDir } from './env.ts'

/**
 * nginx (Debian's builds have no purge module) finds a deleted cache file missing and fetches
 * the page again, so emptying its cache folder purges the edge. This small site's whole edge
 * cache refills in well under a second, so a publish empties all of it rather than tracking
 * which addresses showed which document.
 */
export async function emptyEdgeCache(dir = edgeCacheDir()): Promise<void> {
  if (!dir) return
  try {
    const entries = await readdir(dir)
    await Promise.all(
      entries.map((entry) => rm(path.join(dir, entry), { recursive: true, force: true })),
    )
  } catch (error) {
    console.error(`[shared-cache] could not empty the edge cache in ${dir}: ${String(error)}`)
  }
}
