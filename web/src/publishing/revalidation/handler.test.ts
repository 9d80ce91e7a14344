import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { answer, harness, signedRequest, URL } from './handler.fixture'

const articleRenamed = JSON.stringify({
  _id: 'article-drones',
  _type: 'article',
  slug: 'counter-uav-2026',
  previousSlug: 'counter-uav',
})

describe('POST /api/revalidate', () => {
  it('expires exactly the tags of a correctly signed change: its own at once', async () => {
    const { handle, revalidated } = harness()
    const { status, json } = await answer(await handle(await signedRequest(articleRenamed)))
    const tags = ['article', 'article:counter-uav-2026', 'article:counter-uav', 'home']
    expect(status).toBe(200)
    expect(json).toEqual({ revalidated: tags })
    expect(revalidated).toEqual(
      tags.map((tag) => ({ tag, profile: tag === 'home' ? 'max' : { expire: 0 } })),
    )
  })

  it('accepts null slugs, as the projection sends for singletons', async () => {
    const { handle } = harness()
    const body = JSON.stringify({
      _id: 'siteSettings',
      _type: 'siteSettings',
      slug: null,
      previousSlug: null,
    })
    expect(await answer(await handle(await signedRequest(body)))).toEqual({
      status: 200,
      json: { revalidated: ['siteSettings'] },
    })
  })

  it('accepts a redirect, whose tag tells the proxy to re-read the redirects', async () => {
    const { handle } = harness()
    const body = JSON.stringify({ _id: 'redirect-1', _type: 'redirect', slug: null })
    expect(await answer(await handle(await signedRequest(body)))).toEqual({
      status: 200,
      json: { revalidated: ['redirect'] },
    })
  })

  it('expires nothing for a draft', async () => {
    const { handle, revalidated } = harness()
    const body = JSON.stringify({ _id: 'drafts.article-drones', _type: 'article', slug: 'x' })
    expect(await answer(await handle(await signedRequest(body)))).toEqual({
      status: 200,
      json: { revalidated: [] },
    })
    expect(revalidated).toEqual([])
  })

  it.each([
    [
      'no signature header',
      async () => new NextRequest(URL, { method: 'POST', body: articleRenamed }),
    ],
    [
      'a signature made with another secret',
      () => signedRequest(articleRenamed, { secret: 'forged' }),
    ],
    [
      'a signature over another body',
      async () => {
        const request = await signedRequest(articleRenamed)
        const forged = articleRenamed.replace('counter-uav-2026', 'somewhere-else')
        return new NextRequest(URL, { method: 'POST', headers: request.headers, body: forged })
      },
    ],
    [
      'a malformed signature header',
      () => signedRequest(articleRenamed, { headers: { 'sanity-webhook-signature': 'v1=abc' } }),
    ],
    [
      'a signature six minutes old',
      () => signedRequest(articleRenamed, { timestamp: Date.now() - 6 * 60 * 1000 }),
    ],
    [
      'a signature two minutes in the future',
      () => signedRequest(articleRenamed, { timestamp: Date.now() + 2 * 60 * 1000 }),
    ],
  ])('refuses %s with 401', async (_name, makeRequest) => {
    const { handle, revalidated } = harness()
    const { status, json } = await answer(await handle(await makeRequest()))
    expect(status).toBe(401)
    expect(json.error).toEqual(expect.any(String))
    expect(revalidated).toEqual([])
  })

  it.each([
    ['malformed JSON', '{"_type": "article",', /not valid JSON/],
    ['a body that is not an object', '["article"]', /must be a JSON object/],
    ['a missing _type', JSON.stringify({ _id: 'a' }), /_type is required/],
    ['an unknown _type', JSON.stringify({ _id: 'a', _type: 'casestudy' }), /_type must be one of/],
    ['a missing _id', JSON.stringify({ _type: 'article' }), /_id/],
    ['a slug that is not a string', JSON.stringify({ _id: 'a', _type: 'article', slug: 7 }), /./],
    ['a blank body', '   ', /empty/],
  ])('answers %s with 400', async (_name, body, message) => {
    const { handle, revalidated } = harness()
    const { status, json } = await answer(await handle(await signedRequest(body)))
    expect(status).toBe(400)
    expect(json.error).toMatch(message)
    expect(revalidated).toEqual([])
  })

  it('refuses a body over 64 KB by its declared length with 413, without reading it', async () => {
    const { handle, revalidated } = harness()
    const signed = await signedRequest('{}')
    // Reading this body fails, so a 413 can only come from the declared length.
    const unreadable = new ReadableStream<Uint8Array>({
      pull: () => Promise.reject(new Error('the body was read')),
    })
    const request = new NextRequest(URL, {
      method: 'POST',
      headers: {
        'sanity-webhook-signature': signed.headers.get('sanity-webhook-signature')!,
        'content-length': '70000',
      },
      body: unreadable,
      duplex: 'half',
    })
    expect((await handle(request)).status).toBe(413)
    expect(revalidated).toEqual([])
  })

  it('refuses a body over 64 KB that under-declares its length with 413', async () => {
    const { handle } = harness()
    const body = JSON.stringify({ _id: 'a', _type: 'article', padding: 'x'.repeat(70_000) })
    const request = await signedRequest(body, { headers: { 'content-length': '200' } })
    expect(request.headers.get('content-length')).toBe('200')
    expect(await answer(await handle(request))).toEqual({
      status: 413,
      json: { error: 'The body is over 64 KB' },
    })
  })

  it('refuses everything with 503 when no secret is configured, and says why once', async () => {
    const { handle, revalidated, logged } = harness({ secret: undefined })
    for (let attempt = 0; attempt < 3; attempt++) {
      const { status, json } = await answer(await handle(await signedRequest(articleRenamed)))
      expect(status).toBe(503)
      expect(json.error).toMatch(/not configured/)
    }
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(/SANITY_REVALIDATE_SECRET/)
    expect(revalidated).toEqual([])
  })
})
