import path from 'node:path'
import type { NextConfig } from 'next'
import { type SiteEnv, siteEnv } from '../env.ts'

const here = import.meta.dirname

/**
 * The cache handlers next.config names. One instance keeps Next's own caches, its page cache
 * dated by render (page-cache.ts); with REDIS_URL set, several instances share Redis.
 * On Vercel (VERCEL is set there at build) any handler named here would replace the platform's
 * own shared cache, so none is.
 */
export function cacheConfig(env: SiteEnv = siteEnv()): Partial<NextConfig> {
  if (env.VERCEL) return {}
  if (!env.REDIS_URL) return { cacheHandler: path.join(here, 'page-cache.ts') }
  return {
    cacheHandler: path.join(here, 'shared-page-cache.ts'),
    cacheHandlers: { default: path.join(here, 'use-cache-handler.ts') },
  }
}
