import { isValidSignature } from '@sanity/webhook'
import { describe, expect, it } from 'vitest'
import {
  freshSigningTime,
  readSignatureHeader,
  signedWebhook,
  signedWebhookHeaders,
  WEBHOOK_SIGNATURE_HEADER,
} from './webhook-signature'

const SECRET = 'a-test-secret'
const article = { _id: 'article-a', _type: 'article', _rev: 'rev-1', slug: { current: 'a' } }

describe('signed webhooks', () => {
  it('signs a body as Sanity does, so @sanity/webhook accepts it', async () => {
    const body = '{"_id":"article-a"}'
    const headers = await signedWebhookHeaders(body, SECRET, 1_700_000_000_000)
    const header = headers[WEBHOOK_SIGNATURE_HEADER]!
    expect(WEBHOOK_SIGNATURE_HEADER).toBe('sanity-webhook-signature')
    expect(header).toMatch(/^t=1700000000000,v1=[\w-]+$/)
    expect(await isValidSignature(body, header, SECRET)).toBe(true)
    expect(await isValidSignature(body, header, 'another-secret')).toBe(false)
    expect(readSignatureHeader(` ${header} `)).toEqual({
      signedAt: 1_700_000_000_000,
      mac: header.split('v1=')[1],
    })
  })

  it.each(['', 'v1=abc', 't=abc,v1=abc', 't=1,v1='])('reads %j as no signature', (header) => {
    expect(readSignatureHeader(header)).toBeNull()
  })

  it('never signs twice at the same time, so no send looks like a replay', () => {
    const times = Array.from({ length: 50 }, freshSigningTime)
    expect(new Set(times).size).toBe(50)
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it('sends what the webhook projects for a change, and nothing for a draft', async () => {
    const publish = await signedWebhook(article, article, SECRET)
    expect(JSON.parse(publish!.body)).toEqual({
      _id: 'article-a',
      _type: 'article',
      slug: 'a',
      previousSlug: 'a',
      rev: 'rev-1',
      shownOn: { sectors: [] },
    })
    expect(
      await isValidSignature(publish!.body, publish!.headers[WEBHOOK_SIGNATURE_HEADER]!, SECRET),
    ).toBe(true)
    const draft = { ...article, _id: 'drafts.article-a' }
    expect(await signedWebhook(null, draft, SECRET)).toBeNull()
  })
})
