import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DraftSwitch } from './draft-switch'
import { enableDraftModeRoute } from './enable-route'
import { readSiteEnv } from '@/env'
import { OFF_SITE_QUERIES } from './off-site.fixture'

const SITE = 'https://chaffcent.example'

function recordingSwitch() {
  const calls: string[] = []
  const draft: DraftSwitch = {
    enable: () => calls.push('enable'),
    disable: () => calls.push('disable'),
  }
  return { calls, open: async () => draft }
}

function get(query: string): NextRequest {
  return new NextRequest(`${SITE}/api/draft-mode/enable${query}`)
}

afterEach(() => vi.restoreAllMocks())

describe('GET /api/draft-mode/enable on the embedded dataset', () => {
  const env = readSiteEnv({ PREVIEW_SECRET: 'preview-s3cret' })

  it('enables draft mode and redirects to the requested path', async () => {
    const draft = recordingSwitch()
    const { GET } = enableDraftModeRoute(draft.open, env)
    const response = await GET(get('?secret=preview-s3cret&redirect=/insights/counter-uav'))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/insights/counter-uav')
    expect(draft.calls).toEqual(['enable'])
  })

  it("falls back to the Presentation tool's sanity-preview-pathname", async () => {
    const { GET } = enableDraftModeRoute(recordingSwitch().open, env)
    const response = await GET(get('?secret=preview-s3cret&sanity-preview-pathname=/ventures'))
    expect(response.headers.get('location')).toBe('/ventures')
  })

  it('redirects to the home page rather than off the site', async () => {
    const { GET } = enableDraftModeRoute(recordingSwitch().open, env)
    const response = await GET(get('?secret=preview-s3cret&redirect=//evil.example'))
    expect(response.headers.get('location')).toBe('/')
  })

  it.each(OFF_SITE_QUERIES)('goes home, not off the site, for %s', async (target) => {
    const { GET } = enableDraftModeRoute(recordingSwitch().open, env)
    for (const name of ['redirect', 'sanity-preview-pathname']) {
      const response = await GET(get(`?secret=preview-s3cret&${name}=${target}`))
      expect(response.headers.get('location')).toBe('/')
    }
  })

  it.each([
    ['a missing secret', '?redirect=/'],
    ['a wrong secret', '?secret=guess&redirect=/'],
  ])('refuses %s with 401 and leaves draft mode off', async (_name, query) => {
    const draft = recordingSwitch()
    const { GET } = enableDraftModeRoute(draft.open, env)
    const response = await GET(get(query))
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: 'The preview secret is missing or wrong' })
    expect(draft.calls).toEqual([])
  })

  it('refuses everything with 503 when PREVIEW_SECRET is unset, and says why once', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const draft = recordingSwitch()
    const { GET } = enableDraftModeRoute(draft.open, readSiteEnv({}))
    for (const query of ['?secret=', '?secret=undefined', '']) {
      expect((await GET(get(query))).status).toBe(503)
    }
    expect(logged).toHaveBeenCalledTimes(1)
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/PREVIEW_SECRET/)
    expect(draft.calls).toEqual([])
  })
})

describe('GET /api/draft-mode/enable on the hosted Content Lake', () => {
  it('refuses with 503 without a viewer token, whatever PREVIEW_SECRET says', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const draft = recordingSwitch()
    const env = readSiteEnv({
      SANITY_PROJECT_ID: 'p1',
      SANITY_DATASET: 'production',
      PREVIEW_SECRET: 'x',
    })
    const { GET } = enableDraftModeRoute(draft.open, env)
    expect((await GET(get('?secret=x&redirect=/'))).status).toBe(503)
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/SANITY_VIEWER_TOKEN/)
    expect(draft.calls).toEqual([])
  })
})
