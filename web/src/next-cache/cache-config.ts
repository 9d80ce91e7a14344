import path from 'node:path'
import type { NextConfig } from 'next'
import { type Env, redisUrl } from '../shared-cache/env.ts'

const here = import.meta.dirname

/**
 * The cache handlers next.config names. One instance keeps Next's own caches, its page cache
 * dated by render (page-cache.ts); with REDIS_URL set, several instances share Redis.
 * On Vercel (VERCEL is set there at build) any handler named here would replace the platform's
 * own shared cache, so none is.
 */
export function cacheConfig(env: Env = process.env): Partial<NextConfig> {
  if (env.VERCEL) return {}
  if (!redisUrl(env)) return { cacheHandler: path.join(here, 'page-cache.ts') }
  return {
    cacheHandler: path.join(here, 'shared-page-cache.ts'),
    cacheHandlers: { default: path.join(here, 'use-cache-handler.ts') },
  }
}
