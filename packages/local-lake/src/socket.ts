import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
const CLOSE = 0x8

/** The opcodes of the complete frames at the start of `buffer`, and the bytes left over. */
function readFrames(buffer: Buffer) {
  const opcodes: number[] = []
  let offset = 0
  while (buffer.length - offset >= 2) {
    const short = buffer[offset + 1]! & 0x7f
    const lengthBytes = short === 126 ? 2 : short === 127 ? 8 : 0
    const header = 2 + lengthBytes + (buffer[offset + 1]! & 0x80 ? 4 : 0)
    if (buffer.length - offset < header) break
    const length =
      lengthBytes === 2
        ? buffer.readUInt16BE(offset + 2)
        : lengthBytes === 8
          ? Number(buffer.readBigUInt64BE(offset + 2))
          : short
    if (buffer.length - offset < header + length) break
    opcodes.push(buffer[offset]! & 0x0f)
    offset += header + length
  }
  return { opcodes, rest: buffer.subarray(offset) }
}

/**
 * The studio's presence socket (`/socket/<dataset>`, Sanity's "bifur"): accepted and left
 * silent, so the studio runs with nobody else present instead of retrying a refused socket
 * forever. Presence is the one live feature the local lake does not offer. The studio's
 * close is answered, as the protocol asks: otherwise the socket hangs in CLOSING and the
 * studio's next message on it is logged as an error.
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
  let pending: Buffer = Buffer.alloc(0)
  socket.on('data', (chunk: Buffer) => {
    const { opcodes, rest } = readFrames(Buffer.concat([pending, chunk]))
    pending = rest
    if (opcodes.includes(CLOSE)) socket.end(Buffer.from([0x80 | CLOSE, 0]))
  })
  socket.on('error', () => socket.destroy())
}
