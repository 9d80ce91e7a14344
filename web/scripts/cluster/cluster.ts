// Starts the whole topology on loopback: Redis, N `next start` instances sharing it, and the
// nginx edge in front. Used by `pnpm cluster`, the cluster tests and `pnpm bench edge`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { copyBuild, previewModeId } from './build-copy.ts'
import { renderEdgeConfig } from './edge-config.ts'
import { type Started, startLogged, stop, waitUntil } from './processes.ts'
import { startRedis } from './redis-server.ts'
import { type ClusterSettings, HOST, instancePort, NEXT_BIN, origin, WEB_DIR } from './settings.ts'
import { checkNginxConfig, ensureTools } from './tools.ts'
import { answers } from './readiness.ts'

export interface Cluster {
  edgeUrl: string
  /** Between the edge's cache and the instances: no cache, no limit for loopback callers. */
  poolUrl: string
  /** The pool's access log: one line for each request the edge passed to an instance. */
  instancesLog: string
  instanceUrls: string[]
  redisUrl: string
  /** Kills instance n (1-based) at once, as a crash would. */
  killInstance(n: number): Promise<void>
  /** Stops instance n gracefully (SIGTERM: it finishes what it is answering). */
  stopInstance(n: number): Promise<void>
  stopRedis(): Promise<void>
  startRedis(): Promise<void>
  stop(): Promise<void>
}

export async function startCluster(settings: ClusterSettings): Promise<Cluster> {
  const tools = ensureTools()
  rmSync(settings.runDir, { recursive: true, force: true })
  mkdirSync(settings.runDir, { recursive: true })
  // nginx creates these for its workers
  const cacheDir = path.join(settings.runDir, 'edge-cache')
  const imageCacheDir = path.join(settings.runDir, 'edge-images')
  const ports = Array.from({ length: settings.instances }, (_, i) => instancePort(settings, i + 1))
  const running: Started[] = []
  let redis = settings.externalRedisUrl ? undefined : await startRedis(tools.redisServer, settings)
  const redisUrl = settings.externalRedisUrl ?? `redis://${HOST}:${settings.redisPort}`
  try {
    const distDirs = ports.map((_, index) => path.join(settings.distPrefix, `next-${index + 1}`))
    const instances = await Promise.all(
      ports.map(async (port, index) => {
        const distDir = copyBuild(distDirs[index]!)
        const env = {
          ...settings.env,
          NODE_ENV: 'production' as const,
          NEXT_TELEMETRY_DISABLED: '1',
          NEXT_DIST_DIR: distDir,
          REDIS_URL: redisUrl,
          EDGE_CACHE_DIR: cacheDir,
        }
        const log = path.join(settings.runDir, `instance-${index + 1}.log`)
        const args = [NEXT_BIN, 'start', '-p', String(port), '-H', HOST]
        const instance = startLogged(`instance ${index + 1}`, process.execPath, args, {
          cwd: WEB_DIR,
          env,
          log,
        })
        running.push(instance)
        await waitUntil(instance, () => answers(origin(port)))
        return instance
      }),
    )
    const configFile = path.join(settings.runDir, 'nginx.conf')
    const layout = {
      listen: `${HOST}:${settings.port}`,
      pool: `${HOST}:${settings.poolPort}`,
      instances: ports.map((port) => `${HOST}:${port}`),
      cacheDir,
      imageCacheDir,
      runDir: settings.runDir,
      previewModeId: previewModeId(distDirs[0]!),
    }
    writeFileSync(configFile, renderEdgeConfig(layout))
    checkNginxConfig(tools.nginx, configFile)
    const edgeArgs = [
      '-c',
      configFile,
      '-p',
      settings.runDir,
      '-e',
      path.join(settings.runDir, 'error.log'),
    ]
    const edge = startLogged('edge', tools.nginx, edgeArgs, {
      log: path.join(settings.runDir, 'edge.log'),
    })
    running.push(edge)
    await waitUntil(edge, () => answers(origin(settings.port)))

    return {
      edgeUrl: origin(settings.port),
      poolUrl: origin(settings.poolPort),
      instancesLog: path.join(settings.runDir, 'instances.log'),
      instanceUrls: ports.map(origin),
      redisUrl,
      killInstance: (n) => stop(instances[n - 1]!, 'SIGKILL'),
      stopInstance: (n) => stop(instances[n - 1]!),
      stopRedis: async () => redis && stop(redis),
      startRedis: async () => {
        if (!settings.externalRedisUrl) redis = await startRedis(tools.redisServer, settings)
      },
      stop: async () => {
        await stop(edge)
        await Promise.all(instances.map((instance) => stop(instance)))
        if (redis) await stop(redis)
        rmSync(path.join(WEB_DIR, settings.distPrefix), { recursive: true, force: true })
      },
    }
  } catch (error) {
    await Promise.all(running.map((started) => stop(started)))
    if (redis) await stop(redis)
    throw error
  }
}
