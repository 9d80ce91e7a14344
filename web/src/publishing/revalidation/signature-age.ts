import { readSignatureHeader, WEBHOOK_SIGNATURE_HEADER } from '@chaffcent/content/webhook-signature'

/** Older than this, a signed request is refused, so a captured one cannot be replayed later. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000
/** Allows for clock drift between Sanity and this server, and no more. */
export const MAX_SIGNATURE_CLOCK_SKEW_MS = 60 * 1000

export type SignatureTimeCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'future'; message: string }

/**
 * Checks the header's presence, shape and timestamp before the body is read. The
 * signature itself is checked over the raw body afterwards (verify-signature.ts), which
 * proves the timestamp genuine but not recent, hence this check.
 */
export function checkSignatureTime(header: string | null, now: number): SignatureTimeCheck {
  if (!header) {
    return { ok: false, reason: 'missing', message: `Missing ${WEBHOOK_SIGNATURE_HEADER} header` }
  }
  const timestamp = readSignatureHeader(header)?.signedAt ?? NaN
  if (!Number.isSafeInteger(timestamp)) {
    return {
      ok: false,
      reason: 'malformed',
      message: `The ${WEBHOOK_SIGNATURE_HEADER} header is not in the form t=…,v1=…`,
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
