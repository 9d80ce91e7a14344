// A benchmark's `next start` (scripts/processes/next-server.ts), logged to .bench/<label>.log
// and stopped at the end of the run however it ends.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { assertPortFree } from '../processes/loopback.ts'
import { startNextServer as startServer } from '../processes/next-server.ts'
import { atEnd } from './processes.ts'
import { OUTPUT_DIR } from './settings.ts'

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
  // A leftover server on the port would be measured instead of this one.
  await assertPortFree(port)
  mkdirSync(OUTPUT_DIR, { recursive: true })
  const log = path.join(OUTPUT_DIR, `${label}.log`)
  const server = await startServer({ name: label, port, env, cwd: dir, log })
  return { url: server.origin, stop: atEnd(() => server.stop('SIGINT')) }
}
