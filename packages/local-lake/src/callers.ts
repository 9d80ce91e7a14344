import type { IncomingMessage, ServerResponse } from 'node:http'
import { LakeError } from './http'

/**
 * Who the lake answers. Any web page the editor has open can send requests to loopback, so:
 * - only under the lake's own names (a page on `evil.example` rebound to 127.0.0.1 arrives
 *   with `Host: evil.example` and is refused);
 * - writes from a browser only from the studio's origin (a browser always names the origin of
 *   a cross-site write; Node clients, such as the tests publishing, name none);
 * - CORS only for the studio, so no other page can read an answer either.
 * Write bodies must be JSON or an image (http.ts, asset-routes.ts): no form or `text/plain`
 * body, which a page may send across sites without asking first.
 */
export interface Callers {
  /** The studio's origins (`http://localhost:3333`): the only browsers that may write. */
  studioOrigins?: string[]
}

const READS = new Set(['GET', 'HEAD'])
const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '[::1]'])
const LAKE_NAMES = 'localhost, <name>.localhost, 127.0.0.1 or [::1]'

/**
 * The lake's own names: loopback addresses, `localhost` and any name under it (the studio
 * calls `<projectId>.localhost`, its build's project id). No DNS server can hand out a
 * `.localhost` name (RFC 6761: browsers answer loopback themselves), so none can be rebound.
 */
const isLakeName = (hostname: string) =>
  hostname === 'localhost' || hostname.endsWith('.localhost') || LOOPBACK_ADDRESSES.has(hostname)

function hostnameOf(request: IncomingMessage): string | null {
  // HTTP/2 (the studio's connection) names the host in `:authority`, HTTP/1.1 in `Host`.
  const host = request.headers.host ?? request.headers[':authority']
  if (typeof host !== 'string') return null
  try {
    return new URL(`http://${host}`).hostname
  } catch {
    return null
  }
}

export function createCallerCheck({ studioOrigins = [] }: Callers) {
  const origins = new Set(studioOrigins.map((origin) => new URL(origin).origin))
  const forbidden = (message: string) => new LakeError(403, 'httpForbidden', message)

  return {
    /** Why this request is refused, or null when the lake may answer it. */
    refusal(request: IncomingMessage): LakeError | null {
      const hostname = hostnameOf(request)
      if (!hostname || !isLakeName(hostname)) {
        return forbidden(`The local Content Lake answers only as ${LAKE_NAMES}, not "${hostname}"`)
      }
      const origin = request.headers.origin
      if (origin === undefined || origins.has(origin) || READS.has(request.method ?? 'GET'))
        return null
      return forbidden(`Only the local studio may write to the lake, not a page on ${origin}`)
    },

    /** CORS for the studio: its origin named, with credentials; nothing for any other page. */
    allowStudio(request: IncomingMessage, response: ServerResponse) {
      response.setHeader('vary', 'origin')
      const origin = request.headers.origin
      if (!origin || !origins.has(origin)) return
      response.setHeader('access-control-allow-origin', origin)
      response.setHeader('access-control-allow-credentials', 'true')
      response.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
      const asked = request.headers['access-control-request-headers']
      response.setHeader('access-control-allow-headers', asked ?? 'authorization, content-type')
      response.setHeader('access-control-max-age', '600')
    },
  }
}
