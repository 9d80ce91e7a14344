import type { IncomingMessage, ServerResponse } from 'node:http'

export interface RouteContext {
  request: IncomingMessage
  response: ServerResponse
  url: URL
  /** The path's captured parts, e.g. the dataset name and document ids. */
  parts: string[]
}

/** A handler answers a JSON body, or `undefined` when it has written the response itself. */
export type Handler = (context: RouteContext) => unknown | Promise<unknown>
export type Route = [method: string, path: RegExp, handler: Handler]

/** Finds the route for a request; the version prefix (`/v2025-02-19`, `/v1`) is not part of it. */
export function findRoute(routes: Route[], method: string, pathname: string) {
  const path = pathname.replace(/^\/v(?:\d{4}-\d{2}-\d{2}|\d+|X)(?=\/)/, '')
  for (const [routeMethod, pattern, handler] of routes) {
    const match = pattern.exec(path)
    if (match && (routeMethod === method || (routeMethod === 'GET' && method === 'HEAD'))) {
      return { handler, parts: match.slice(1).map(decodeURIComponent) }
    }
  }
  return null
}
