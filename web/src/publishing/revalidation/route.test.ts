import { encodeSignatureHeader } from '@sanity/webhook'
import { NextRequest } from 'next/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { revalidationRoute as route } from './route'

/** What the route asked Next to expire: revalidateTag needs a request scope, so it is recorded. */
const tags = vi.hoisted(() => [] as string[])
vi.mock('next/cache', () => ({ revalidateTag: (tag: string) => tags.push(tag) }))

/** The environment the route reads for this test: only these settings. */
function withEnv(env: Record<string, string>) {
  for (const name of ['SANITY_REVALIDATE_SECRET', 'SANITY_PROJECT_ID', 'SANITY_DATASET'])
    vi.stubEnv(name, env[name] ?? '')
}

const URL = 'https://chaffcent.example/api/revalidate'
const BODY = JSON.stringify({ _id: 'venture-x', _type: 'venture', slug: 'x' })

async function signed(secret: string): Promise<NextRequest> {
  const signature = await encodeSignatureHeader(BODY, Date.now(), secret)
  return new NextRequest(URL, {
    method: 'POST',
    headers: { 'sanity-webhook-signature': signature },
    body: BODY,
  })
}

/** The fixed wait for the Content Lake is a 3 s timer; record it and run it at once. */
function recordConsistencyWaits(): number[] {
  const delays: number[] = []
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void, delay?: number) => {
    delays.push(delay ?? 0)
    run()
    return 0
  }) as typeof setTimeout)
  return delays
}

beforeEach(() => tags.splice(0))
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

describe('/api/revalidate', () => {
  it.each(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const)(
    'answers %s with 405 and Allow: POST',
    async (method) => {
      withEnv({})
      const response = await route[method](new NextRequest(URL, { method }))
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('POST')
    },
  )

  it('reads the secret from SANITY_REVALIDATE_SECRET', async () => {
    withEnv({ SANITY_REVALIDATE_SECRET: 's3cret' })
    expect((await route.POST(await signed('s3cret'))).status).toBe(200)
    expect(tags).toEqual(['venture', 'venture:x', 'home'])
  })

  it('refuses with 503 when SANITY_REVALIDATE_SECRET is blank', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    withEnv({ SANITY_REVALIDATE_SECRET: '  ' })
    expect((await route.POST(await signed('  '))).status).toBe(503)
  })

  it('does not wait for consistency on the embedded dataset', async () => {
    withEnv({ SANITY_REVALIDATE_SECRET: 's3cret' })
    const request = await signed('s3cret')
    const delays = recordConsistencyWaits()
    expect((await route.POST(request)).status).toBe(200)
    expect(delays).not.toContain(3000)
  })

  it('waits the fixed time on the hosted source for a webhook that sends no revision', async () => {
    const env = {
      SANITY_REVALIDATE_SECRET: 's3cret',
      SANITY_PROJECT_ID: 'p1',
      SANITY_DATASET: 'production',
    }
    withEnv(env)
    const request = await signed('s3cret')
    const delays = recordConsistencyWaits()
    expect((await route.POST(request)).status).toBe(200)
    expect(delays).toContain(3000)
  })
})
