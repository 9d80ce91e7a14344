import { createHmac, timingSafeEqual } from 'node:crypto'

const SIGNATURE_FORMAT = /^t=(\d+)[, ]+v1=([^, ]+)$/

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
  const [, timestamp, mac] = SIGNATURE_FORMAT.exec(header.trim()) ?? []
  if (!timestamp || !mac) return null
  const expected = createHmac('sha256', secret)
    .update(`${Number(timestamp)}.`)
    .update(rawBody)
    .digest()
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return expected
}
