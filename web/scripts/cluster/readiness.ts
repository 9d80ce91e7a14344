// "Is it up yet?" checks for the cluster's servers.
import net from 'node:net'

/** An HTTP server that answers its home page with 200. */
export async function answers(url: string): Promise<boolean> {
  const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) })
  await response.arrayBuffer()
  return response.ok
}

/** A Redis that answers PING with PONG. */
export function pongs(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port }, () => socket.write('PING\r\n'))
    socket.setTimeout(1_000, () => socket.destroy())
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'))
      socket.destroy()
    })
    socket.once('error', () => resolve(false))
    socket.once('close', () => resolve(false))
  })
}
