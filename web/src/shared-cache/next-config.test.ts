import { describe, expect, it } from 'vitest'
import { cacheConfig } from './next-config'
import { readSiteEnv } from '../env'

describe('cacheConfig', () => {
  it('gives a single instance the page cache dated by render, and Next’s own data cache', () => {
    for (const env of [{}, { REDIS_URL: '  ' }]) {
      const config = cacheConfig(readSiteEnv(env))
      expect(config.cacheHandler).toMatch(/src\/page-cache\/handler\.ts$/)
      expect(config.cacheHandlers).toBeUndefined()
    }
  })

  it('leaves Vercel its own shared cache', () => {
    expect(cacheConfig(readSiteEnv({ VERCEL: '1' }))).toEqual({})
    expect(cacheConfig(readSiteEnv({ VERCEL: '1', REDIS_URL: 'redis://127.0.0.1:6379' }))).toEqual(
      {},
    )
  })

  it('names both shared handlers when REDIS_URL is set', () => {
    const config = cacheConfig(readSiteEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }))
    expect(config.cacheHandler).toMatch(/shared-cache\/pages-handler\.ts$/)
    expect(config.cacheHandlers?.default).toMatch(/shared-cache\/use-cache-handler\.ts$/)
  })
})
