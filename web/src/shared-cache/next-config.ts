import path from 'node:path'
import type { NextConfig } from 'next'
import { type SiteEnv, siteEnv } from '../env.ts'

const src = path.join(import.meta.dirname, '..')

/**
 * The cache handlers next.config names. One instance keeps Next's own caches, its page cache
 * dated by render (page-cache/handler.ts); with REDIS_URL set, several instances share Redis.
 * On Vercel (VERCEL is set there at build) any handler named here would replace the platform's
 * own shared cache, so none is.
 */
export function cacheConfig(env: SiteEnv = siteEnv()): Partial<NextConfig> {
  if (env.VERCEL) return {}
  if (!env.REDIS_URL) return { cacheHandler: path.join(src, 'page-cache', 'handler.ts') }
  return {
    cacheHandler: path.join(src, 'shared-cache', 'pages-handler.ts'),
    cacheHandlers: { default: path.join(src, 'shared-cache', 'use-cache-handler.ts') },
  }
}
