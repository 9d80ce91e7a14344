import { logOnce } from '../log-once'
import { type ReadRevision, waitForRevision } from './consistency'
import { expiryFor, type Expiry } from './expiry'
import { jsonError } from '../responses'
import { acceptedSignatures } from './accepted-signatures'
import { parsePayload } from './payload'
import { declaresTooLarge, MAX_BODY_BYTES, readBoundedBody } from './request-body'
import {
  checkSignatureTime,
  MAX_SIGNATURE_AGE_MS,
  MAX_SIGNATURE_CLOCK_SKEW_MS,
} from './signature-age'
import { tagsToRevalidate } from './tags'
import { verifiedSignature } from './verify-signature'
import { WEBHOOK_SIGNATURE_HEADER } from '@chaffcent/content/webhook-signature'

/** The shape of Next's `revalidateTag`, so tests can record calls without a Next server. */
export type Revalidate = (tag: string, profile: Expiry) => void

export interface RevalidationOptions {
  /** `revalidateTag` from next/cache in the route; a recorder in tests. */
  revalidate: Revalidate
  /** SANITY_REVALIDATE_SECRET, read per request so a missing one is noticed at once. */
  secret: () => string | undefined
  /**
   * Reads a document's revision back from the hosted Content Lake, which is eventually
   * consistent; null on the embedded dataset, which is not, so nothing is waited for.
   */
  readRevision: () => ReadRevision | null
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  log?: (message: string) => void
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Sanity's publish webhook. Every refusal is a 4xx (503 when unconfigured) and changes
 * nothing; only a fresh, correctly signed, well-formed payload expires cache tags, once:
 * the same signed request again is answered 200 and expires nothing.
 */
export function createRevalidationHandler(options: RevalidationOptions) {
  const { now = Date.now, sleep = sleepFor } = options
  const logMisconfiguration = logOnce(options.log)
  // A signature is refused as stale after this long, so it need not be remembered longer.
  const accepted = acceptedSignatures(MAX_SIGNATURE_AGE_MS + MAX_SIGNATURE_CLOCK_SKEW_MS)

  return async function handleRevalidation(request: Request): Promise<Response> {
    const secret = options.secret()
    if (!secret) {
      logMisconfiguration(
        '[publishing] SANITY_REVALIDATE_SECRET is not set; refusing every revalidation request',
      )
      return jsonError(503, 'Revalidation is not configured on this server')
    }

    const signature = request.headers.get(WEBHOOK_SIGNATURE_HEADER)
    const time = checkSignatureTime(signature, now())
    if (!time.ok) return jsonError(401, time.message)

    const tooLarge = `The body is over ${MAX_BODY_BYTES / 1024} KB`
    if (declaresTooLarge(request)) return jsonError(413, tooLarge)
    let raw: Uint8Array
    try {
      const body = await readBoundedBody(request)
      if (!body.ok) return jsonError(413, tooLarge)
      raw = body.bytes
    } catch {
      return jsonError(400, 'The body could not be read')
    }

    // The bytes as received are signed: nothing is parsed until the signature matches.
    const mac = verifiedSignature(signature ?? '', raw, secret)
    if (!mac) return jsonError(401, 'The signature does not match')
    const payload = parsePayload(raw)
    if (!payload.ok) return jsonError(400, payload.error)
    if (!accepted.accept(mac, now())) return Response.json({ revalidated: [], replay: true })
    const tags = tagsToRevalidate(payload.value)
    const readRevision = tags.length > 0 ? options.readRevision() : null
    // Expiring before the Lake shows the change would cache the old content afresh.
    const revision = readRevision
      ? await waitForRevision({ readRevision, sleep, now }, payload.value._id, payload.value.rev)
      : undefined
    for (const tag of tags) options.revalidate(tag, expiryFor(tag, payload.value._type))
    return Response.json({ revalidated: tags, ...(revision && { revision }) }, { status: 200 })
  }
}
