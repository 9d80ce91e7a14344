import { createHmac, timingSafeEqual } from 'node:crypto'
import { readSignatureHeader } from '@chaffcent/content/webhook-signature'

/**
 * The MAC a request carries, when it is Sanity's signature of exactly these bytes: the
 * base64url HMAC-SHA256 of `<t>.<raw body>` keyed with the webhook secret. It is checked
 * over the bytes as received, before any parsing, and compared in constant time
 * (@sanity/webhook compares strings with `!==`). Null when it does not match.
 */
export function verifiedSignature(
  header: string,
  rawBody: Uint8Array,
  secret: string,
): Buffer | null {
  const parts = readSignatureHeader(header)
  if (!parts) return null
  const expected = createHmac('sha256', secret)
    .update(`${parts.signedAt}.`)
    .update(rawBody)
    .digest()
  const given = Buffer.from(parts.mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return expected
}
