// `next start` on a build, as the bench, the cluster and the browser tests run it.
import path from 'node:path'
import { answersOk, LOOPBACK, origin } from './loopback.ts'
import { type StartOptions, startProcess, type Started, stopProcess, waitUntil } from './spawn.ts'

export const WEB_DIR = path.resolve(import.meta.dirname, '..', '..')
export const NEXT_BIN = path.join(WEB_DIR, 'node_modules', 'next', 'dist', 'bin', 'next')

export interface NextServer {
  origin: string
  process: Started
  stop(signal?: NodeJS.Signals): Promise<void>
}

export interface NextServerOptions extends Omit<StartOptions, 'env'> {
  name: string
  port: number
  /** The server's whole environment (NEXT_DIST_DIR names the build); telemetry is always off. */
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
}

/** Starts the server and resolves once its home page answers 200; stops it if it never does. */
export async function startNextServer({
  name,
  port,
  env = process.env,
  cwd = WEB_DIR,
  timeoutMs,
  ...output
}: NextServerOptions): Promise<NextServer> {
  const args = [NEXT_BIN, 'start', '-p', String(port), '-H', LOOPBACK]
  const started = startProcess(name, process.execPath, args, {
    ...output,
    cwd,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  const url = origin(port)
  try {
    await waitUntil(started, () => answersOk(`${url}/`), timeoutMs)
  } catch (error) {
    await stopProcess(started)
    throw error
  }
  return { origin: url, process: started, stop: (signal) => stopProcess(started, signal) }
}
