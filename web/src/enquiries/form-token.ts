import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * When the form was handed out, signed so a script cannot claim it waited: `<ms>.<hmac>`.
 * The minimum fill time is measured from it.
 */
export function issueFormToken(secret: string, now: number): string {
  return `${now}.${sign(secret, now)}`
}

/** When the token was issued, or null when it is malformed or not signed by us. */
export function tokenIssuedAt(secret: string, token: string): number | null {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const issued = Number(match[1])
  const expected = Buffer.from(sign(secret, issued))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given) ? issued : null
}

function sign(secret: string, issued: number): string {
  return createHmac('sha256', secret).update(`enquiry-form:${issued}`).digest('base64url')
}
