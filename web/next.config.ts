import type { NextConfig } from 'next'
import { generateBuildId } from './src/content/last-good/build-id.ts'
import { siteEnv } from './src/env'
import { securityHeaders } from './src/security/headers'
import { cacheConfig } from './src/shared-cache/next-config.ts'

const nextConfig: NextConfig = {
  // Cached reads ('use cache' + cacheTag) are what the revalidation webhook expires.
  cacheComponents: true,
  // Without partial prefetching an unknown slug's first request waits for its render, so it
  // answers a real 404 status; with it, the first visit would stream a 200 App Shell.
  partialPrefetching: false,
  // The shared workspace package exports TypeScript source.
  transpilePackages: ['@chaffcent/content'],
  // The browser tests run second copies of the build (hosted source, publishing) beside the first.
  distDir: siteEnv().NEXT_DIST_DIR,
  // `next build` checks the site's own code; `pnpm typecheck` checks tests and scripts too.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  poweredByHeader: false,
  // Chosen before prerendering and shared with the build's workers, so every read the build
  // makes is kept as its last good result under this build's id (src/content/last-good/).
  generateBuildId,
  // Security headers on every response, fixed at build so pages stay static.
  headers: async () => securityHeaders(),
  reactStrictMode: true,
  // Pages dated by when their render began; several instances share Redis (REDIS_URL).
  ...cacheConfig(),
}

export default nextConfig
