import { NextRequest } from 'next/server'
import { parseBody } from 'next-sanity/webhook'
import { logOnce } from '../log-once'
import { expiryFor, type Expiry } from './expiry'
import { jsonError } from '../responses'
import { describePayloadProblem, revalidationPayloadSchema } from './payload'
import { declaresTooLarge, MAX_BODY_BYTES, readBoundedBody } from './request-body'
import { checkSignatureTime, SIGNATURE_HEADER } from './signature-age'
import { tagsToRevalidate } from './tags'

/** The shape of Next's `revalidateTag`, so tests can record calls without a Next server. */
export type Revalidate = (tag: string, profile: Expiry) => void

export interface RevalidationOptions {
  /** `revalidateTag` from next/cache in the route; a recorder in tests. */
  revalidate: Revalidate
  /** SANITY_REVALIDATE_SECRET, read per request so a missing one is noticed at once. */
  secret: () => string | undefined
  /** Only the hosted Content Lake is eventually consistent; the embedded dataset is not. */
  waitForConsistency: () => boolean
  now?: () => number
  log?: (message: string) => void
}

/**
 * Sanity's publish webhook. Every refusal is a 4xx (503 when unconfigured) and changes
 * nothing; only a fresh, correctly signed, well-formed payload expires cache tags.
 */
export function createRevalidationHandler(options: RevalidationOptions) {
  const { now = Date.now } = options
  const logMisconfiguration = logOnce(options.log)

  return async function handleRevalidation(request: Request): Promise<Response> {
    const secret = options.secret()
    if (!secret) {
      logMisconfiguration(
        '[publishing] SANITY_REVALIDATE_SECRET is not set; refusing every revalidation request',
      )
      return jsonError(503, 'Revalidation is not configured on this server')
    }

    const signature = request.headers.get(SIGNATURE_HEADER)
    const time = checkSignatureTime(signature, now())
    if (!time.ok) return jsonError(401, time.message)

    const tooLarge = `The body is over ${MAX_BODY_BYTES / 1024} KB`
    if (declaresTooLarge(request)) return jsonError(413, tooLarge)
    let raw: string
    try {
      const body = await readBoundedBody(request)
      if (!body.ok) return jsonError(413, tooLarge)
      raw = body.text
    } catch {
      return jsonError(400, 'The body could not be read')
    }

    // parseBody reads the body itself, so it gets a copy holding the bytes already read.
    const copy = new NextRequest(request.url, {
      method: 'POST',
      headers: { [SIGNATURE_HEADER]: signature ?? '' },
      body: raw,
    })
    let parsed: Awaited<ReturnType<typeof parseBody<unknown>>>
    try {
      parsed = await parseBody<unknown>(copy, secret, options.waitForConsistency())
    } catch (error) {
      // parseBody checks the signature before parsing, but throws without saying how it went.
      if (error instanceof SyntaxError) return jsonError(400, 'The body is not valid JSON')
      throw error
    }
    if (parsed.isValidSignature !== true) return jsonError(401, 'The signature does not match')
    if (parsed.body === null) return jsonError(400, 'The body is empty')

    const payload = revalidationPayloadSchema.safeParse(parsed.body)
    if (!payload.success) return jsonError(400, describePayloadProblem(payload.error))

    const tags = tagsToRevalidate(payload.data)
    for (const tag of tags) options.revalidate(tag, expiryFor(tag, payload.data._type))
    return Response.json({ revalidated: tags }, { status: 200 })
  }
}
