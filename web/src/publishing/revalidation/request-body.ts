/** Sanity's projected payloads are a few hundred bytes; anything near this is not one of them. */
export const MAX_BODY_BYTES = 64 * 1024

export type BoundedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' }

/** True when the request declares a length over the limit, so it can be refused unread. */
export function declaresTooLarge(request: Request, limit = MAX_BODY_BYTES): boolean {
  const declared = Number(request.headers.get('content-length'))
  return Number.isFinite(declared) && declared > limit
}

/**
 * Reads the body but stops as soon as it passes the limit, because Content-Length can
 * be absent (chunked) or untrue and `request.text()` would buffer whatever is sent.
 */
export async function readBoundedBody(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<BoundedBody> {
  if (!request.body) return { ok: true, bytes: new Uint8Array() }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > limit) {
      await reader.cancel()
      return { ok: false, reason: 'too-large' }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(received)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, bytes }
}
