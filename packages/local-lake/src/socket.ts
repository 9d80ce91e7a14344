import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'

/**
 * The studio's presence socket (`/socket/<dataset>`, Sanity's "bifur"): accepted and left
 * silent, so the studio runs with nobody else present instead of retrying a refused socket
 * forever. Presence is the one live feature the local lake does not offer.
 */
export function acceptSilentSocket(request: IncomingMessage, socket: Duplex) {
  const key = request.headers['sec-websocket-key']
  if (!key || !/\/socket\//.test(request.url ?? '')) return void socket.destroy()
  const accept = createHash('sha1')
    .update(key + WEBSOCKET_GUID)
    .digest('base64')
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
  )
  socket.on('data', () => {})
  socket.on('error', () => socket.destroy())
}
