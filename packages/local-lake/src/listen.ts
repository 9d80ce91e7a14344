import type { IncomingMessage, ServerResponse } from 'node:http'
import { evaluate, parse } from 'groq-js'
import type { LakeDocument } from './dataset'
import { badRequest } from './http'
import { mutationEvent } from './listen-event'
import type { DocumentChange } from './mutations'
import { paramsOf } from './query'
import { debugLog } from './debug'

interface Listener {
  wants(doc: LakeDocument | null): Promise<boolean>
  options: URLSearchParams
  response: ServerResponse
}

/** Comments keep idle streams open, as Sanity's own keep-alive does. */
const KEEP_ALIVE_MS = 25_000

const frame = (event: string, data: unknown, id?: string) =>
  `event: ${event}\n${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`

/** `/data/listen`: an event stream per client, told of every change its GROQ filter matches. */
export function createListeners() {
  const listeners = new Set<Listener>()

  function open(request: IncomingMessage, response: ServerResponse, url: URL) {
    const query = url.searchParams.get('query')
    if (!query) throw badRequest('The listener needs a query')
    const params = paramsOf(url.searchParams)
    const tree = parse(query, { params })
    const wants = async (doc: LakeDocument | null) => {
      if (!doc) return false
      const found = await (await evaluate(tree, { dataset: [doc], params })).get()
      return Array.isArray(found) && found.length > 0
    }
    const listener = { wants, options: url.searchParams, response }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    response.write(frame('welcome', { listenerName: `local-${listeners.size + 1}` }))
    const keepAlive = setInterval(() => response.write(':\n\n'), KEEP_ALIVE_MS)
    listeners.add(listener)
    if (process.env.DEBUG_LAKE)
      console.log('[lake] listen +', listeners.size, url.search.slice(0, 400))
    request.on('close', () => {
      clearInterval(keepAlive)
      listeners.delete(listener)
    })
  }

  async function broadcast(transactionId: string, changes: DocumentChange[]) {
    for (const listener of listeners) {
      const seen = []
      for (const change of changes) {
        if ((await listener.wants(change.before)) || (await listener.wants(change.after))) {
          seen.push(change)
        }
      }
      seen.forEach((change, index) => {
        const transaction = { id: transactionId, index, total: seen.length }
        const event = mutationEvent(change, transaction, listener.options)
        debugLog('event', event)
        listener.response.write(frame('mutation', event, event.eventId))
      })
    }
  }

  function closeAll() {
    for (const listener of listeners) listener.response.end()
    listeners.clear()
  }

  return { open, broadcast, closeAll }
}
