// What a cluster run is made of, from the same environment as `pnpm start` plus PORT/INSTANCES.
import os from 'node:os'
import path from 'node:path'
import { type EnvironmentSource, readSiteEnv } from '../../src/env.ts'

export interface ClusterSettings {
  port: number // the edge; instances on port+1 … port+instances
  instances: number
  redisPort: number // ignored when REDIS_URL names a Redis of the operator's own
  poolPort: number // the edge's pool: its misses on their way to the instances (loopback only)
  externalRedisUrl: string | undefined
  runDir: string // logs, pid files, nginx's cache and temporary files
  distPrefix: string // build copies, relative to web/ (Next wants distDir inside the project)
  env: EnvironmentSource // passed to every instance
}

/** Also checks the site's own settings, so a bad one stops the run before anything starts. */
export function clusterSettings(env: EnvironmentSource = process.env): ClusterSettings {
  const site = readSiteEnv(env)
  const port = whole(env.PORT, 8080, 'PORT')
  const instances = whole(env.INSTANCES, 3, 'INSTANCES')
  return {
    port,
    instances,
    redisPort: whole(env.REDIS_PORT, port + instances + 1, 'REDIS_PORT'),
    poolPort: port + instances + 2,
    externalRedisUrl: site.REDIS_URL,
    runDir: path.join(os.tmpdir(), `chaffcent-cluster-${port}`),
    distPrefix: path.join('.cluster', String(port)),
    env,
  }
}

function whole(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text.trim() === '') return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a whole number from 1 to 65535, not "${text}"`)
  }
  return value
}

export const instancePort = (settings: ClusterSettings, n: number) => settings.port + n
