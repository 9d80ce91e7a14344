// Fills in deploy/nginx.conf.template for the instances of this run.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { MAX_BODY_BYTES } from '../../src/publishing/revalidation/request-body.ts'

export const DEPLOY_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'deploy')

export interface EdgeLayout {
  listen: string
  pool: string // host:port of the pool between the edge's cache and the instances
  instances: string[] // host:port of each instance
  cacheDir: string
  imageCacheDir: string
  runDir: string
  /** The build's draft-mode cookie value: only it skips the edge's cache. */
  previewModeId: string
}

export function renderEdgeConfig(layout: EdgeLayout): string {
  const values: Record<string, string> = {
    EDGE_LISTEN: layout.listen,
    POOL_LISTEN: layout.pool,
    UPSTREAM_SERVERS: lines(
      layout.instances,
      (at) => `server ${at} max_fails=1 fail_timeout=5s;`,
      4,
    ),
    WEBHOOK_MIRRORS: lines(layout.instances, (_, n) => `mirror /_webhook/${n};`, 6),
    WEBHOOK_TARGETS: lines(
      layout.instances,
      (at, n) => `location = /_webhook/${n} { internal; proxy_pass http://${at}/api/revalidate; }`,
      4,
    ),
    WEBHOOK_MAX_BODY: String(MAX_BODY_BYTES),
    PREVIEW_MODE_ID: layout.previewModeId,
    CACHE_DIR: layout.cacheDir,
    IMAGE_CACHE_DIR: layout.imageCacheDir,
    RUN_DIR: layout.runDir,
  }
  const template = readFileSync(path.join(DEPLOY_DIR, 'nginx.conf.template'), 'utf8')
  return template
    .split('\n')
    .filter((line) => !line.startsWith('#   {{')) // the placeholder legend
    .join('\n')
    .replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
      const value = values[name]
      if (value === undefined) throw new Error(`nginx.conf.template: unknown {{${name}}}`)
      return value
    })
}

function lines(
  instances: string[],
  line: (at: string, n: number) => string,
  indent: number,
): string {
  return instances.map((at, index) => line(at, index + 1)).join(`\n${' '.repeat(indent)}`)
}
