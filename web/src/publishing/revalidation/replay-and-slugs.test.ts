import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answer, harness, signedRequest, URL } from './handler.fixture'

const body = JSON.stringify({ _id: 'venture-x', _type: 'venture', slug: 'x', previousSlug: null })

afterEach(() => vi.restoreAllMocks())

describe('POST /api/revalidate with a replayed request', () => {
  it('answers the same signed request again with 200 and expires nothing more', async () => {
    const { handle, revalidated } = harness()
    const first = await signedRequest(body)
    const again = new NextRequest(URL, { method: 'POST', headers: first.headers, body })
    expect((await answer(await handle(first))).status).toBe(200)
    const expired = revalidated.length
    expect(await answer(await handle(again))).toEqual({
      status: 200,
      json: { revalidated: [], replay: true },
    })
    expect(revalidated).toHaveLength(expired)
  })

  it('still acts on the same change signed again later (a new signature)', async () => {
    const { handle, revalidated } = harness()
    await handle(await signedRequest(body, { timestamp: Date.now() - 1000 }))
    await handle(await signedRequest(body))
    expect(revalidated.filter(({ tag }) => tag === 'venture:x')).toHaveLength(2)
  })
})

describe('POST /api/revalidate checks the signature before reading the JSON', () => {
  it('refuses a wrongly signed body that is not JSON with 401, having parsed nothing', async () => {
    const { handle } = harness()
    const signed = await signedRequest(body, { secret: 'forged' })
    const parse = vi.spyOn(JSON, 'parse')
    const request = new NextRequest(URL, { method: 'POST', headers: signed.headers, body: '{"x":' })
    expect((await handle(request)).status).toBe(401)
    expect(parse).not.toHaveBeenCalled()
  })

  it('refuses the right signature with anything after it', async () => {
    const { handle } = harness()
    const signed = await signedRequest(body)
    const header = `${signed.headers.get('sanity-webhook-signature')}AA`
    const request = await signedRequest(body, { headers: { 'sanity-webhook-signature': header } })
    expect((await handle(request)).status).toBe(401)
  })
})

describe('POST /api/revalidate turns only well-formed slugs into tags', () => {
  it.each([
    ['an over-long slug', 'a'.repeat(97)],
    ['a slug with a slash', 'insights/../legal'],
    ['a slug with upper case', 'Counter-UAV'],
    ['a slug with a space', 'counter uav'],
    ['an empty slug', ''],
  ])('answers %s with 400 and expires nothing', async (_name, slug) => {
    for (const field of ['slug', 'previousSlug']) {
      const { handle, revalidated } = harness()
      const bad = JSON.stringify({ _id: 'article-x', _type: 'article', [field]: slug })
      const { status, json } = await answer(await handle(await signedRequest(bad)))
      expect(status).toBe(400)
      expect(json.error).toMatch(/slugs must be lower-case words/)
      expect(revalidated).toEqual([])
    }
  })

  it('accepts a slug of exactly the maximum length', async () => {
    const { handle } = harness()
    const longest = JSON.stringify({ _id: 'article-x', _type: 'article', slug: 'a'.repeat(96) })
    expect((await handle(await signedRequest(longest))).status).toBe(200)
  })
})
