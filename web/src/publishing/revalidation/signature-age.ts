/** Sanity's header: `t=<unix time in milliseconds>,v1=<base64url HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'sanity-webhook-signature'

const SIGNATURE_FORMAT = /^t=(\d+)[, ]+v1=([^, ]+)$/

/** Older than this, a signed request is refused, so a captured one cannot be replayed later. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000
/** Allows for clock drift between Sanity and this server, and no more. */
export const MAX_SIGNATURE_CLOCK_SKEW_MS = 60 * 1000

export type SignatureTimeCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'future'; message: string }

/**
 * Checks the header's presence, shape and timestamp before the body is read. The
 * signature value itself is checked over the raw body by next-sanity's `parseBody`,
 * which does not look at the timestamp, hence this check.
 */
export function checkSignatureTime(header: string | null, now: number): SignatureTimeCheck {
  if (!header) {
    return { ok: false, reason: 'missing', message: `Missing ${SIGNATURE_HEADER} header` }
  }
  const timestamp = Number(SIGNATURE_FORMAT.exec(header.trim())?.[1])
  if (!Number.isSafeInteger(timestamp)) {
    return {
      ok: false,
      reason: 'malformed',
      message: `The ${SIGNATURE_HEADER} header is not in the form t=…,v1=…`,
    }
  }
  if (now - timestamp > MAX_SIGNATURE_AGE_MS) {
    return { ok: false, reason: 'stale', message: 'The signature is more than five minutes old' }
  }
  if (timestamp - now > MAX_SIGNATURE_CLOCK_SKEW_MS) {
    return { ok: false, reason: 'future', message: 'The signature is dated in the future' }
  }
  return { ok: true }
}
