import { describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from '../../src/publishing/revalidation/request-body'
import { renderEdgeConfig } from './edge-config'

describe('renderEdgeConfig', () => {
  const config = renderEdgeConfig({
    listen: '127.0.0.1:8080',
    pool: '127.0.0.1:8085',
    instances: ['127.0.0.1:8081', '127.0.0.1:8082'],
    cacheDir: '/tmp/edge-cache',
    imageCacheDir: '/tmp/edge-images',
    runDir: '/tmp/run',
    previewModeId: 'be418bf6be4b7e100ca5034a8fd7f4e5',
  })

  it('fills in every placeholder', () => {
    expect(config).not.toMatch(/\{\{[A-Z_]+\}\}/)
    expect(config).toContain('listen 127.0.0.1:8080 reuseport;')
    expect(config).toContain('listen 127.0.0.1:8085;')
    expect(config).toContain('proxy_cache_path /tmp/edge-cache ')
    expect(config).toContain('proxy_cache_path /tmp/edge-images ')
  })

  it('spreads misses over every instance and sends the webhook to each', () => {
    expect(config).toContain('server 127.0.0.1:8081 max_fails=1 fail_timeout=5s;')
    expect(config).toContain('server 127.0.0.1:8082 max_fails=1 fail_timeout=5s;')
    expect(config).toContain('mirror /_webhook/2;')
    expect(config).toContain(
      'location = /_webhook/2 { internal; proxy_pass http://127.0.0.1:8082/api/revalidate; }',
    )
  })

  it('refuses a webhook body the site would refuse', () => {
    expect(config).toContain(`client_max_body_size ${MAX_BODY_BYTES};`)
  })

  it('lets only the build’s own preview id skip the cache', () => {
    expect(config).toContain('"be418bf6be4b7e100ca5034a8fd7f4e5" 1;')
  })

  it('keys pages on what changes the answer, never on a raw router state or query', () => {
    const key = /proxy_cache pages;\s+proxy_cache_key "([^"]+)";/.exec(config)?.[1]
    expect(key).toBe('$page_path|$answer_kind|$prefetch_kind|$segment')
  })
})
