// Debian's redis-server with deploy/redis.conf, on this run's port and folder.
import path from 'node:path'
import { DEPLOY_DIR } from './edge-config.ts'
import { LOOPBACK } from '../processes/loopback.ts'
import { type Started, startProcess, waitUntil } from '../processes/spawn.ts'
import { pongs } from './readiness.ts'
import type { ClusterSettings } from './settings.ts'

export async function startRedis(redisServer: string, settings: ClusterSettings): Promise<Started> {
  const args = [
    path.join(DEPLOY_DIR, 'redis.conf'),
    '--port',
    String(settings.redisPort),
    '--dir',
    settings.runDir,
  ]
  const redis = startProcess('redis', redisServer, args, {
    log: path.join(settings.runDir, 'redis.log'),
  })
  await waitUntil(redis, () => pongs(LOOPBACK, settings.redisPort), 20_000)
  return redis
}
