import { createClient, RESP_TYPES } from 'redis'
import { siteEnv } from '../env.ts'

/** Redis as the handlers see it: values come back as bytes, commands fail fast when it is away. */
function connect(url: string) {
  const client = createClient({
    url,
    // Queued commands would hold visitors' requests until Redis returns; failing at once lets
    // the handlers fall back to this process's memory.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 500),
    },
  }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer })
  let warned = false
  client.on('error', (error: Error) => {
    if (!warned)
      console.error(`[shared-cache] Redis unavailable, serving from memory: ${error.message}`)
    warned = true
  })
  client.on('ready', () => {
    if (warned) console.error('[shared-cache] Redis is back')
    warned = false
  })
  client.connect().catch(() => {}) // reconnectStrategy keeps trying; 'error' reports it
  return client
}

export type RedisConnection = ReturnType<typeof connect>

/** One connection per process, whichever handler asks first (Next loads them separately). */
const SLOT = Symbol.for('chaffcent.shared-cache.redis')
type Slot = { [SLOT]?: RedisConnection }

export function redis(): RedisConnection {
  const slot = globalThis as Slot
  const url = siteEnv().REDIS_URL
  if (!url) throw new Error('REDIS_URL is not set; the shared cache handlers need it')
  return (slot[SLOT] ??= connect(url))
}

/** This site's keys, in a Redis that may serve others too (REDIS_KEY_PREFIX). */
let prefix: string | undefined
const keyPrefix = () => (prefix ??= siteEnv().REDIS_KEY_PREFIX)

export const keys = {
  entry: (cacheKey: string) => `${keyPrefix()}:use-cache:${cacheKey}`,
  tags: () => `${keyPrefix()}:tags`,
  tagsVersion: () => `${keyPrefix()}:tags:version`,
}

/** Runs a Redis command, or answers `undefined` when Redis is unreachable. */
export async function tryRedis<T>(
  command: (client: RedisConnection) => Promise<T>,
): Promise<T | undefined> {
  const client = redis()
  if (!client.isReady) return undefined
  try {
    return await command(client)
  } catch {
    return undefined
  }
}
