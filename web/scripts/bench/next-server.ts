// `next start` for a built app, on 127.0.0.1, ready once its home page answers 200.
import net from 'node:net'
import { answers } from '../cluster/readiness.ts'
import { waitUntil } from '../cluster/processes.ts'
import { origin } from '../../tests/support/servers.ts'
import { startTracked } from './processes.ts'
import { NEXT_BIN } from './settings.ts'

export interface NextServer {
  url: string
  stop(): Promise<void>
}

export async function startNextServer(options: {
  label: string
  dir: string
  port: number
  env: NodeJS.ProcessEnv
}): Promise<NextServer> {
  const { label, dir, port, env } = options
  await refuseBusyPort(port)
  const args = [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1']
  const server = startTracked(label, process.execPath, args, { cwd: dir, env })
  const url = origin(port)
  try {
    await waitUntil(server, () => answers(url))
  } catch (error) {
    await server.stop()
    throw error
  }
  return { url, stop: server.stop }
}

/** A leftover server on the port would be measured instead of this one. */
async function refuseBusyPort(port: number): Promise<void> {
  const probe = net.createServer()
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject)
      probe.listen(port, '127.0.0.1', resolve)
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(`port ${port} is in use (${code}): stop whatever listens there first`)
  } finally {
    probe.close()
  }
}
