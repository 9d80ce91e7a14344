// Starts the whole topology on loopback: Redis, N `next start` instances sharing it, and the
// nginx edge in front. Used by `pnpm cluster`, the cluster tests and `pnpm bench edge`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { copyBuild, previewModeId } from './build-copy.ts'
import { renderEdgeConfig } from './edge-config.ts'
import { answersOk, LOOPBACK, origin } from '../processes/loopback.ts'
import { type NextServer, startNextServer, WEB_DIR } from '../processes/next-server.ts'
import { type Started, startProcess, stopProcess, waitUntil } from '../processes/spawn.ts'
import { startRedis } from './redis-server.ts'
import { type ClusterSettings, instancePort } from './settings.ts'
import { checkNginxConfig, ensureTools } from './tools.ts'

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
  const running: NextServer[] = []
  let redis = settings.externalRedisUrl ? undefined : await startRedis(tools.redisServer, settings)
  const redisUrl = settings.externalRedisUrl ?? `redis://${LOOPBACK}:${settings.redisPort}`
  let edge: Started | undefined
  try {
    // All settled before going on, so that a failure stops every instance, late starters too.
    const distDirs = ports.map((_, index) => path.join(settings.distPrefix, `next-${index + 1}`))
    const starts = await Promise.allSettled(
      ports.map(async (port, index) => {
        const distDir = copyBuild(distDirs[index]!)
        return startNextServer({
          name: `instance ${index + 1}`,
          port,
          env: {
            ...settings.env,
            NODE_ENV: 'production',
            NEXT_DIST_DIR: distDir,
            REDIS_URL: redisUrl,
            EDGE_CACHE_DIR: cacheDir,
          },
          log: path.join(settings.runDir, `instance-${index + 1}.log`),
        })
      }),
    )
    for (const start of starts) if (start.status === 'fulfilled') running.push(start.value)
    const failed = starts.find((start) => start.status === 'rejected')
    if (failed) throw failed.reason
    const instances = running
    const configFile = path.join(settings.runDir, 'nginx.conf')
    const layout = {
      listen: `${LOOPBACK}:${settings.port}`,
      pool: `${LOOPBACK}:${settings.poolPort}`,
      instances: ports.map((port) => `${LOOPBACK}:${port}`),
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
    const started = startProcess('edge', tools.nginx, edgeArgs, {
      log: path.join(settings.runDir, 'edge.log'),
    })
    edge = started
    await waitUntil(started, () => answersOk(`${origin(settings.port)}/`))

    return {
      edgeUrl: origin(settings.port),
      poolUrl: origin(settings.poolPort),
      instancesLog: path.join(settings.runDir, 'instances.log'),
      instanceUrls: ports.map(origin),
      redisUrl,
      killInstance: (n) => instances[n - 1]!.stop('SIGKILL'),
      stopInstance: (n) => instances[n - 1]!.stop(),
      stopRedis: async () => redis && stopProcess(redis),
      startRedis: async () => {
        if (!settings.externalRedisUrl) redis = await startRedis(tools.redisServer, settings)
      },
      stop: async () => {
        await stopProcess(started)
        await Promise.all(instances.map((instance) => instance.stop()))
        if (redis) await stopProcess(redis)
        rmSync(path.join(WEB_DIR, settings.distPrefix), { recursive: true, force: true })
      },
    }
  } catch (error) {
    if (edge) await stopProcess(edge)
    await Promise.all(running.map((instance) => instance.stop()))
    if (redis) await stopProcess(redis)
    throw error
  }
}
