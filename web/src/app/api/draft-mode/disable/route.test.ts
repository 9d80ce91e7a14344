import { NextRequest } from 'next/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { draftModeCalls as calls } from '@/publishing/draft-mode/draft-mode.fixture'
import { OFF_SITE_QUERIES } from '@/publishing/draft-mode/off-site.fixture'
import { GET, POST } from './route'

const SITE = 'https://chaffcent.example'

// Next's draftMode() needs a request scope: a recorder stands in for it.
vi.mock('next/headers', () => import('@/publishing/draft-mode/draft-mode.fixture'))
beforeEach(() => calls.splice(0))

describe('/api/draft-mode/disable', () => {
  it("leaves preview from the banner's form with a 303 back to the page", async () => {
    const request = new NextRequest(`${SITE}/api/draft-mode/disable?redirect=%2Finsights`, {
      method: 'POST',
    })
    const response = await POST(request)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/insights')
    expect(calls).toEqual(['disable'])
  })

  it('leaves preview from a link with a 307', async () => {
    const response = await GET(new NextRequest(`${SITE}/api/draft-mode/disable?redirect=/about`))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/about')
    expect(calls).toEqual(['disable'])
  })

  it.each(['', '?redirect=https://evil.example', '?redirect=//evil.example'])(
    'goes home for %j',
    async (query) => {
      const response = await GET(new NextRequest(`${SITE}/api/draft-mode/disable${query}`))
      expect(response.headers.get('location')).toBe('/')
    },
  )

  it.each(OFF_SITE_QUERIES)('goes home, not off the site, for ?redirect=%s', async (target) => {
    const url = `${SITE}/api/draft-mode/disable?redirect=${target}`
    expect((await GET(new NextRequest(url))).headers.get('location')).toBe('/')
    const posted = await POST(new NextRequest(url, { method: 'POST' }))
    expect(posted.headers.get('location')).toBe('/')
  })
})
