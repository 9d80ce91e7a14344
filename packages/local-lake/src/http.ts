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

/**
 * The studio runs on another origin and sends credentials, so every answer names the caller's
 * origin and allows credentials, as Sanity does for an origin listed under CORS origins.
 */
export function allowOrigin(request: IncomingMessage, response: ServerResponse) {
  const origin = request.headers.origin
  if (!origin) return
  response.setHeader('access-control-allow-origin', origin)
  response.setHeader('access-control-allow-credentials', 'true')
  response.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
  const asked = request.headers['access-control-request-headers']
  response.setHeader('access-control-allow-headers', asked ?? 'authorization, content-type')
  response.setHeader('access-control-max-age', '600')
  response.setHeader('vary', 'origin')
}

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

export async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = (await readBody(request)).toString('utf8')
  try {
    return text ? JSON.parse(text) : {}
  } catch {
    throw badRequest('The body is not valid JSON')
  }
}
