import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { disableDraftModeRoute } from './disable-route'
import { OFF_SITE_QUERIES } from './off-site.fixture'

const SITE = 'https://chaffcent.example'

function route() {
  const calls: string[] = []
  const handlers = disableDraftModeRoute(async () => ({
    enable: () => calls.push('enable'),
    disable: () => calls.push('disable'),
  }))
  return { calls, ...handlers }
}

describe('/api/draft-mode/disable', () => {
  it("leaves preview from the banner's form with a 303 back to the page", async () => {
    const { calls, POST } = route()
    const request = new NextRequest(`${SITE}/api/draft-mode/disable?redirect=%2Finsights`, {
      method: 'POST',
    })
    const response = await POST(request)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/insights')
    expect(calls).toEqual(['disable'])
  })

  it('leaves preview from a link with a 307', async () => {
    const { calls, GET } = route()
    const response = await GET(new NextRequest(`${SITE}/api/draft-mode/disable?redirect=/about`))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/about')
    expect(calls).toEqual(['disable'])
  })

  it.each(['', '?redirect=https://evil.example', '?redirect=//evil.example'])(
    'goes home for %j',
    async (query) => {
      const { GET } = route()
      const response = await GET(new NextRequest(`${SITE}/api/draft-mode/disable${query}`))
      expect(response.headers.get('location')).toBe('/')
    },
  )

  it.each(OFF_SITE_QUERIES)('goes home, not off the site, for ?redirect=%s', async (target) => {
    const { GET, POST } = route()
    const url = `${SITE}/api/draft-mode/disable?redirect=${target}`
    expect((await GET(new NextRequest(url))).headers.get('location')).toBe('/')
    const posted = await POST(new NextRequest(url, { method: 'POST' }))
    expect(posted.headers.get('location')).toBe('/')
  })
})
