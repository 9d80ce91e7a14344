import type { IncomingMessage, ServerResponse } from 'node:http'

const KEEP_ALIVE_MS = 25_000

/**
 * `/data/live/events`, the Live Content API's stream, which the Presentation tool and live
 * previews keep open. The lake returns no sync tags with its query results, so it cannot say
 * which queries a change touches: after every transaction it sends `restart`, on which a
 * client fetches its queries again.
 */
export function createLiveEvents() {
  const streams = new Set<ServerResponse>()

  function open(request: IncomingMessage, response: ServerResponse) {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    response.write('event: welcome\ndata: {}\n\n')
    const keepAlive = setInterval(() => response.write(':\n\n'), KEEP_ALIVE_MS)
    streams.add(response)
    request.on('close', () => {
      clearInterval(keepAlive)
      streams.delete(response)
    })
  }

  function restart(transactionId: string) {
    for (const stream of streams) stream.write(`event: restart\nid: ${transactionId}\ndata: {}\n\n`)
  }

  function closeAll() {
    for (const stream of streams) stream.end()
    streams.clear()
  }

  return { open, restart, closeAll }
}
