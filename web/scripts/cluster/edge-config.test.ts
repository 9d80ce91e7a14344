import { describe, expect, it } from 'vitest'
import { renderEdgeConfig } from './edge-config'

describe('renderEdgeConfig', () => {
  const config = renderEdgeConfig({
    listen: '127.0.0.1:8080',
    instances: ['127.0.0.1:8081', '127.0.0.1:8082'],
    cacheDir: '/tmp/edge-cache',
    runDir: '/tmp/run',
  })

  it('fills in every placeholder', () => {
    expect(config).not.toMatch(/\{\{[A-Z_]+\}\}/)
    expect(config).toContain('listen 127.0.0.1:8080 reuseport;')
    expect(config).toContain('proxy_cache_path /tmp/edge-cache ')
  })

  it('spreads pages over every instance and sends the webhook to each', () => {
    expect(config).toContain('server 127.0.0.1:8081 max_fails=1 fail_timeout=5s;')
    expect(config).toContain('server 127.0.0.1:8082 max_fails=1 fail_timeout=5s;')
    expect(config).toContain('mirror /_webhook/2;')
    expect(config).toContain(
      'location = /_webhook/2 { internal; proxy_pass http://127.0.0.1:8082/api/revalidate; }',
    )
  })

  it('keys the cache on the headers Next varies on', () => {
    for (const header of [
      '$http_rsc',
      '$http_next_router_state_tree',
      '$http_next_router_prefetch',
    ]) {
      expect(config).toContain(header)
    }
  })
})
