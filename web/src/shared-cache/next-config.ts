import path from 'node:path'
import type { NextConfig } from 'next'
import { type Env, redisUrl } from './env.ts'

const here = import.meta.dirname

/**
 * The cache settings for several instances sharing Redis: added to next.config only when
 * REDIS_URL is set, so a single `next start` keeps Next's own cache untouched.
 */
export function sharedCacheConfig(env: Env = process.env): Partial<NextConfig> {
  if (!redisUrl(env)) return {}
  return {
    cacheHandler: path.join(here, 'pages-handler.ts'),
    cacheHandlers: { default: path.join(here, 'use-cache-handler.ts') },
  }
}
