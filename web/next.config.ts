import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Cached reads ('use cache' + cacheTag) are what the revalidation webhook expires.
  cacheComponents: true,
  partialPrefetching: true,
  // The shared workspace package exports TypeScript source.
  transpilePackages: ['@chaffcent/content'],
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
