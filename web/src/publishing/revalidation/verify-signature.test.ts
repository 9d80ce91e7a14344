import { encodeSignatureHeader } from '@sanity/webhook'
import { describe, expect, it, vi } from 'vitest'
import { verifiedSignature } from './verify-signature'

const compared = vi.hoisted(() => ({ calls: 0 }))
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>()
  return {
    ...crypto,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.calls++
      return crypto.timingSafeEqual(a, b)
    },
  }
})

const SECRET = 'webhook-secret'
const bytes = (text: string) => new TextEncoder().encode(text)

describe('verifiedSignature', () => {
  it("accepts Sanity's own signature of the bytes, comparing in constant time", async () => {
    const header = await encodeSignatureHeader('{"a":"é"}', Date.now(), SECRET)
    compared.calls = 0
    expect(verifiedSignature(header, bytes('{"a":"é"}'), SECRET)).toBeInstanceOf(Buffer)
    expect(compared.calls).toBe(1)
  })

  it.each([
    ['other bytes', '{"a":"e"}', SECRET],
    ['another secret', '{"a":"é"}', 'guess'],
  ])('refuses a signature over %s', async (_name, signed, secret) => {
    const header = await encodeSignatureHeader(signed, Date.now(), secret)
    expect(verifiedSignature(header, bytes('{"a":"é"}'), SECRET)).toBeNull()
  })

  it.each(['', 't=1,v1=', 'v1=abc', 't=abc,v1=abc'])('refuses the header %j', (header) => {
    expect(verifiedSignature(header, bytes('{}'), SECRET)).toBeNull()
  })
})
