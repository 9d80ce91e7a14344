// Servers the scripts and tests start listen on loopback only, each on a port of its own.
import net from 'node:net'

export const LOOPBACK = '127.0.0.1'

export const origin = (port: number) => `http://${LOOPBACK}:${port}`

/** True once `url` answers 200 (its body read, so the connection is free again). */
export async function answersOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
  await response.arrayBuffer()
  return response.ok
}

/** Refuses to start beside a leftover server, which would otherwise answer in its place. */
export async function assertPortFree(port: number): Promise<void> {
  const probe = net.createServer()
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject)
      probe.listen(port, LOOPBACK, resolve)
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(`port ${port} is in use (${code}): stop whatever listens there first`)
  } finally {
    probe.close()
  }
}
