import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { siteEnv } from '../env.ts'

/** The edge's cache folder on this host, emptied after a publish (see deploy/README.md). */
const edgeCacheDir = () => siteEnv().EDGE_CACHE_DIR

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

/** The longest an instance may take to answer the edge: nginx's `proxy_read_timeout`. */
export const EDGE_READ_TIMEOUT_MS = 30_000

let again: NodeJS.Timeout | undefined

/**
 * Empties the edge for a publish, and once more when every answer it was awaiting as the
 * publish landed has arrived: such an answer may come from a render that began before the
 * publish, and nginx would store it after the first emptying and serve it until it expires.
 * Publishes close together share the second emptying, after the last of them.
 */
export async function emptyEdgeCacheForPublish(
  dir = edgeCacheDir(),
  settleMs = EDGE_READ_TIMEOUT_MS,
): Promise<void> {
  if (!dir) return
  clearTimeout(again)
  again = setTimeout(() => void emptyEdgeCache(dir), settleMs).unref()
  await emptyEdgeCache(dir)
}
