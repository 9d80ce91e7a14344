import { NextRequest } from 'next/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { draftModeCalls as calls } from '@/publishing/draft-mode/draft-mode.fixture'
import { OFF_SITE_QUERIES } from '@/publishing/draft-mode/off-site.fixture'
import { GET } from './route'

const SITE = 'https://chaffcent.example'

// Next's draftMode() and connection() need a request scope: stand-ins record what they are asked.
vi.mock('next/headers', () => import('@/publishing/draft-mode/draft-mode.fixture'))
vi.mock('next/server', async (original) => ({
  ...(await original<typeof import('next/server')>()),
  connection: async () => {},
}))

function get(query: string): NextRequest {
  return new NextRequest(`${SITE}/api/draft-mode/enable${query}`)
}

/** The environment the route reads for this test: only these settings. */
function withEnv(env: Record<string, string>) {
  for (const name of [
    'PREVIEW_SECRET',
    'SANITY_PROJECT_ID',
    'SANITY_DATASET',
    'SANITY_VIEWER_TOKEN',
  ])
    vi.stubEnv(name, env[name] ?? '')
}

beforeEach(() => calls.splice(0))
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

describe('GET /api/draft-mode/enable on the embedded dataset', () => {
  beforeEach(() => withEnv({ PREVIEW_SECRET: 'preview-s3cret' }))

  it('enables draft mode and redirects to the requested path', async () => {
    const response = await GET(get('?secret=preview-s3cret&redirect=/insights/counter-uav'))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/insights/counter-uav')
    expect(calls).toEqual(['enable'])
  })

  it("falls back to the Presentation tool's sanity-preview-pathname", async () => {
    const response = await GET(get('?secret=preview-s3cret&sanity-preview-pathname=/ventures'))
    expect(response.headers.get('location')).toBe('/ventures')
  })

  it('redirects to the home page rather than off the site', async () => {
    const response = await GET(get('?secret=preview-s3cret&redirect=//evil.example'))
    expect(response.headers.get('location')).toBe('/')
  })

  it.each(OFF_SITE_QUERIES)('goes home, not off the site, for %s', async (target) => {
    for (const name of ['redirect', 'sanity-preview-pathname']) {
      const response = await GET(get(`?secret=preview-s3cret&${name}=${target}`))
      expect(response.headers.get('location')).toBe('/')
    }
  })

  it.each([
    ['a missing secret', '?redirect=/'],
    ['a wrong secret', '?secret=guess&redirect=/'],
  ])('refuses %s with 401 and leaves draft mode off', async (_name, query) => {
    const response = await GET(get(query))
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: 'The preview secret is missing or wrong' })
    expect(calls).toEqual([])
  })

  it('refuses everything with 503 when PREVIEW_SECRET is unset, and says why once', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    withEnv({})
    for (const query of ['?secret=', '?secret=undefined', '']) {
      expect((await GET(get(query))).status).toBe(503)
    }
    expect(logged).toHaveBeenCalledTimes(1)
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/PREVIEW_SECRET/)
    expect(calls).toEqual([])
  })
})

describe('GET /api/draft-mode/enable on the hosted Content Lake', () => {
  it('refuses with 503 without a viewer token, whatever PREVIEW_SECRET says', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    withEnv({ SANITY_PROJECT_ID: 'p1', SANITY_DATASET: 'production', PREVIEW_SECRET: 'x' })
    expect((await GET(get('?secret=x&redirect=/'))).status).toBe(503)
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/SANITY_VIEWER_TOKEN/)
    expect(calls).toEqual([])
  })
})
