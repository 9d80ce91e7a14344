import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTED_READ_LIMITS, hostedConfig, type HostedConfig } from '../config'
import { hostedSource } from './hosted'
import { readSiteEnv } from '../../env'

/** A Content Lake that hangs (takes each request, never answers) or fails (503), recording tries. */
const requested: string[] = []
let mode: 'hang' | 'fail' = 'hang'
let lake: Server
const hanging = new Set<ServerResponse>()

/** Tries of one test's query only: a late retry from an earlier test must not count. */
const triesOf = (marker: string) => requested.filter((url) => url.includes(marker)).length

beforeAll(async () => {
  lake = createServer((request, response) => {
    requested.push(decodeURIComponent(request.url ?? ''))
    if (mode === 'hang') hanging.add(response)
    else response.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"down"}')
  })
  await new Promise<void>((resolve) => lake.listen(0, '127.0.0.1', resolve))
})

afterAll(() => {
  for (const response of hanging) response.destroy()
  lake.close()
})

function config(): HostedConfig {
  const { port } = lake.address() as AddressInfo
  return {
    ...hostedConfig(readSiteEnv({ SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production' }))!,
    apiHost: `http://127.0.0.1:${port}`,
    viewerToken: 'viewer',
    // The limits' shape, scaled down so the test does not wait seconds.
    timeoutMs: 200,
  }
}

describe('the hosted source against a Content Lake that hangs or fails', () => {
  it('bounds every read: a few seconds a try, and a limited number of tries', () => {
    expect(HOSTED_READ_LIMITS.timeoutMs).toBeLessThanOrEqual(5000)
    expect(HOSTED_READ_LIMITS.maxRetries).toBeLessThanOrEqual(2)
    expect(
      hostedConfig(readSiteEnv({ SANITY_PROJECT_ID: 'p', SANITY_DATASET: 'd' })),
    ).toMatchObject(HOSTED_READ_LIMITS)
  })

  const perspectives = ['published', 'drafts'] as const

  it.each(perspectives)('gives up on a hanging %s read when its try times out', async (view) => {
    mode = 'hang'
    const marker = `hang-${view}`
    const read = hostedSource(config()).query(`*[_id == "${marker}"][0]`, {}, view)
    await expect(read).rejects.toThrow(/time/i)
    expect(triesOf(marker)).toBeLessThanOrEqual(1 + HOSTED_READ_LIMITS.maxRetries)
  })

  it.each(perspectives)('tries a failing %s read a bounded number of times', async (view) => {
    mode = 'fail'
    const marker = `fail-${view}`
    const read = hostedSource(config()).query(`*[_id == "${marker}"][0]`, {}, view)
    await expect(read).rejects.toThrow()
    expect(triesOf(marker)).toBe(1 + HOSTED_READ_LIMITS.maxRetries)
  })
})
