import { describe, expect, it } from 'vitest'
import { clusterSettings } from './settings'

describe('clusterSettings', () => {
  it('defaults to the edge on 8080 and three instances after it, Redis and the pool after them', () => {
    const settings = clusterSettings({})
    expect([settings.port, settings.instances, settings.redisPort, settings.poolPort]).toEqual([
      8080, 3, 8084, 8085,
    ])
    expect(settings.externalRedisUrl).toBeUndefined()
  })

  it('takes PORT, INSTANCES and an operator’s own REDIS_URL', () => {
    const settings = clusterSettings({
      PORT: '4320',
      INSTANCES: '1',
      REDIS_URL: 'redis://cache:6379',
    })
    expect([settings.port, settings.instances, settings.externalRedisUrl]).toEqual([
      4320,
      1,
      'redis://cache:6379',
    ])
  })

  it('refuses a port that is not one', () => {
    expect(() => clusterSettings({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/)
    expect(() => clusterSettings({ INSTANCES: '0' })).toThrow(/INSTANCES/)
  })
})
