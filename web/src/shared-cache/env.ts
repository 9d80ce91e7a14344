/** The environment as the shared cache reads it; tests pass a plain object. */
export type Env = Readonly<Record<string, string | undefined>>

/** REDIS_URL switches the shared cache on; blank counts as unset (one instance, Next's own cache). */
export function redisUrl(env: Env = process.env): string | undefined {
  return env.REDIS_URL?.trim() || undefined
}

/** Keys of this site in a Redis that may serve others too. */
export function redisKeyPrefix(env: Env = process.env): string {
  return env.REDIS_KEY_PREFIX?.trim() || 'chaffcent'
}

/** The edge's cache folder on this host, emptied after a publish (see deploy/README.md). */
export function edgeCacheDir(env: Env = process.env): string | undefined {
  return env.EDGE_CACHE_DIR?.trim() || undefined
}
