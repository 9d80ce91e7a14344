import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { accountRoutes } from './account-routes'
import { assetRoutes } from './asset-routes'
import { createCommit } from './commit'
import { dataRoutes } from './data-routes'
import { createDrills } from './drills'
import { openDataset } from './dataset'
import { createCallerCheck } from './callers'
import { LakeError, notFound, sendError, sendJson } from './http'
import { createListeners } from './listen'
import { createLiveEvents } from './live'
import type { DocumentChange } from './mutations'
import type { Duplex } from 'node:stream'
import { findRoute, type Route } from './route'
import { acceptSilentSocket } from './socket'
import { deliverWebhooks, type WebhookTarget } from './webhook'

export interface LakeOptions {
  /** The NDJSON dataset: read at start, rewritten (atomically) on every change. */
  datasetFile: string
  datasetName?: string
  /** The project named in asset paths and URLs, as Sanity's CDN names it. */
  projectId?: string
  /** Where publishes, unpublishes and deletes are announced; none when absent. */
  webhook?: WebhookTarget
  /** Answers `POST /drill` (drills.ts), for outage drills; off unless asked for. */
  drills?: boolean
  /** The studio's origins: the only web pages that may write or read answers (callers.ts). */
  studioOrigins?: string[]
}

const QUERY_PATH = /\/data\/query\//

/** A local Content Lake: Sanity's HTTP API, as far as the studio and the site use it. */
export function createLake(options: LakeOptions) {
  const { datasetFile, datasetName = 'production', projectId = 'local', webhook } = options
  const drills = options.drills ? createDrills() : undefined
  const callers = createCallerCheck({ studioOrigins: options.studioOrigins })
  let queries = 0
  const dataset = openDataset(datasetFile)
  const listeners = createListeners()
  const live = createLiveEvents()
  let deliveries = Promise.resolve<number[]>([])
  const onCommit = (changes: DocumentChange[], transactionId: string) => {
    live.restart(transactionId)
    if (webhook) {
      // The dataset as this transaction left it: a later one must not change what this sends.
      const documents = dataset.all()
      deliveries = deliveries.then(() => deliverWebhooks(webhook, changes, documents))
    }
  }
  const commit = createCommit({ dataset, listeners, onCommit })
  const routes: Route[] = [
    ['GET', /^\/health$/, () => ({ ok: true, documents: dataset.all().length, queries })],
    ...(drills ? [drills.route] : []),
    ...accountRoutes(datasetName),
    ...dataRoutes({ datasetName, dataset, listeners, commit }),
    [
      'GET',
      /^\/data\/live\/events\/[\w-]+$/,
      ({ request, response }) => live.open(request, response),
    ],
    ...assetRoutes({ datasetName, projectId, dataset, commit }),
  ]

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const refusal = callers.refusal(request)
    if (refusal) throw refusal
    callers.allowStudio(request, response)
    if (request.method === 'OPTIONS') return void response.writeHead(204).end()
    const url = new URL(request.url ?? '/', 'http://lake.local')
    const route = findRoute(routes, request.method ?? 'GET', url.pathname)
    if (!route)
      throw notFound(`The local Content Lake does not answer ${request.method} ${url.pathname}`)
    if (QUERY_PATH.test(url.pathname)) {
      if (drills?.intercepts(response)) return
      queries += 1
    }
    const body = await route.handler({ request, response, url, parts: route.parts })
    if (body !== undefined) sendJson(response, 200, body)
  }

  const handler = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return void response.end()
      const known = error instanceof LakeError
      // Every refusal is logged, so a gap in the lake shows in the terminal and the tests.
      console.error(`[lake] ${request.method} ${request.url}:`, known ? error.message : error)
      sendError(response, known ? error : new LakeError(500, 'serverError', String(error)))
    })
  }

  /** The presence socket, for the same callers as everything else. */
  const upgrade = (request: IncomingMessage, socket: Duplex) => {
    if (!callers.refusal(request)) return acceptSilentSocket(request, socket)
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n')
  }

  const server = createServer(handler).on('upgrade', upgrade)
  return {
    dataset,
    handler,
    upgrade,
    server,
    /** Resolves when every webhook so far has been delivered (for tests). */
    webhooksDelivered: () => deliveries,
    closeListeners: () => {
      listeners.closeAll()
      live.closeAll()
    },
  }
}
