import type { IncomingMessage, ServerResponse } from 'node:http'

/** The body limit: generous for documents and images, but bounded. */
const MAX_BODY_BYTES = 50 * 1024 * 1024

export class LakeError extends Error {
  readonly status: number
  readonly type: string
  constructor(status: number, type: string, description: string) {
    super(description)
    this.status = status
    this.type = type
  }
}

export const notFound = (what: string) => new LakeError(404, 'httpNotFound', what)
export const badRequest = (what: string) => new LakeError(400, 'httpBadRequest', what)

export function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

export function sendError(response: ServerResponse, error: LakeError) {
  sendJson(response, error.status, {
    error: { type: error.type, description: error.message },
    statusCode: error.status,
    message: error.message,
  })
}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new LakeError(413, 'httpPayloadTooLarge', 'Body too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Refuses a body whose type a web page could send across sites without asking first
 * (`text/plain`, a form): callers.ts explains why writes take only the types they expect.
 */
export function requireBodyType(request: IncomingMessage, accepts: (type: string) => boolean) {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (!accepts(type)) {
    const named = type ? `"${type}"` : 'no content type'
    throw new LakeError(
      415,
      'httpUnsupportedMediaType',
      `The lake does not take a body of ${named}`,
    )
  }
}

export async function readJson(request: IncomingMessage): Promise<unknown> {
  requireBodyType(request, (type) => type === 'application/json')
  const text = (await readBody(request)).toString('utf8')
  try {
    return text ? JSON.parse(text) : {}
  } catch {
    throw badRequest('The body is not valid JSON')
  }
}
