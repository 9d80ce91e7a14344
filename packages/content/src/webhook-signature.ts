// How a revalidation webhook is signed, as Sanity signs it: what the local Content Lake, the
// tests and the bench send, and the header the site reads (its check is its own: constant time).
import {
  decodeSignatureHeader,
  encodeSignatureHeader,
  SIGNATURE_HEADER_NAME,
} from '@sanity/webhook'
import { webhookBody } from './webhook-body.ts'

/** `t=<ms>,v1=<base64url HMAC-SHA256 of "<t>.<raw body>">`, keyed with the webhook's secret. */
export const WEBHOOK_SIGNATURE_HEADER = SIGNATURE_HEADER_NAME

export interface SignatureParts {
  signedAt: number
  /** base64url, as sent. */
  mac: string
}

/** The header's parts, by @sanity/webhook's own parser; null when it is not in that form. */
export function readSignatureHeader(header: string): SignatureParts | null {
  try {
    const { timestamp, hashedPayload } = decodeSignatureHeader(header)
    return { signedAt: timestamp, mac: hashedPayload }
  } catch {
    return null
  }
}

let lastSignedAt = 0

/**
 * Now, or later than any signing time before it in this process: the site answers a replayed
 * signature 200 and changes nothing, so two sends of one body in a millisecond must differ.
 */
export function freshSigningTime(): number {
  lastSignedAt = Math.max(Date.now(), lastSignedAt + 1)
  return lastSignedAt
}

/** The headers of a webhook POST of `body` (sent exactly as given), signed with `secret`. */
export async function signedWebhookHeaders(
  body: string,
  secret: string,
  signedAt = freshSigningTime(),
): Promise<Record<string, string>> {
  const signature = await encodeSignatureHeader(body, signedAt, secret)
  return { 'content-type': 'application/json', [WEBHOOK_SIGNATURE_HEADER]: signature }
}

type Version = Parameters<typeof webhookBody>[0]

type Dataset = Parameters<typeof webhookBody>[2]

/**
 * What Sanity would POST for `before` → `after`, signed, its references looked up in `dataset`;
 * null when the webhook's filter leaves it out.
 */
export async function signedWebhook(
  before: Version,
  after: Version,
  secret: string,
  dataset?: Dataset,
) {
  const projected = await webhookBody(before, after, dataset)
  if (projected === null) return null
  const body = JSON.stringify(projected)
  return { body, headers: await signedWebhookHeaders(body, secret) }
}
