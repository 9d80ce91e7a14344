import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { contentIdentity, distDir, embeddedDatasetPath, hostedConfig } from './config'

/**
 * Pages Next.js re-renders at runtime (after a webhook) are written to
 * `<distDir>/server/route-cache/` and served again after a restart, even when turbo
 * replays the build. They belong to the build and the content that rendered them: this
 * names both (for the embedded dataset, also the file's version, which can change while
 * the server is down).
 */
export function routeCacheOwner(): string {
  const buildId = readIfThere(path.join(distDir(), 'BUILD_ID'))?.trim() ?? ''
  return [buildId, contentIdentity(), hostedConfig() ? '' : datasetVersion()].join('\n')
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

function datasetVersion(): string {
  try {
    const info = statSync(embeddedDatasetPath())
    return `${info.mtimeMs}:${info.size}`
  } catch {
    return 'missing'
  }
}

/**
 * Run at server start, before the first request: keeps the runtime page cache only if this
 * server's build and content wrote it, and otherwise clears it, so a page rendered from
 * another dataset or build is never served. Answers whether it cleared anything.
 */
export function claimRouteCache(
  dir = path.join(distDir(), 'server', 'route-cache'),
  owner = routeCacheOwner(),
): boolean {
  const marker = path.join(dir, '.owner')
  if (readIfThere(marker) === owner) return false
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(marker, owner)
  return true
}
