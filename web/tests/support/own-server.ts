import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { origin } from './servers'

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

/** A `next start` a test runs itself, on `port`, with `env` added; stop it with `stop()`. */
export interface OwnServer {
  origin: string
  stop(): Promise<void>
}

export async function startServer(port: number, env: Record<string, string>): Promise<OwnServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'],
    { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: 'inherit' },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = origin(port)
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited`)
    try {
      if ((await fetch(`${url}/`)).ok) break
    } catch {
      if (attempt > 300) throw new Error(`next start on ${port} did not answer`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    origin: url,
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
  }
}
