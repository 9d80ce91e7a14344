import { describe, expect, it } from 'vitest'
import { sharedCacheConfig } from './next-config'

describe('sharedCacheConfig', () => {
  it('leaves a single instance on Next’s own cache', () => {
    expect(sharedCacheConfig({})).toEqual({})
    expect(sharedCacheConfig({ REDIS_URL: '  ' })).toEqual({})
  })

  it('names both handlers when REDIS_URL is set', () => {
    const config = sharedCacheConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })
    expect(config.cacheHandler).toMatch(/shared-cache\/pages-handler\.ts$/)
    expect(config.cacheHandlers?.default).toMatch(/shared-cache\/use-cache-handler\.ts$/)
  })
})
