// The cluster's processes: each in its own process group (so stopping `next start` stops its
// workers too), output to a log file, and all stopped together however the run ends.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { closeSync, openSync } from 'node:fs'
import { setTimeout as delay } from 'node:timers/promises'

export interface Started {
  name: string
  child: ChildProcess
  log: string
}

export function startLogged(
  name: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; log: string },
): Started {
  const output = openSync(options.log, 'a')
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', output, output],
  })
  closeSync(output)
  return { name, child, log: options.log }
}

export const isRunning = ({ child }: Started) =>
  child.exitCode === null && child.signalCode === null

/** SIGTERM to the whole group, SIGKILL after five seconds. */
export async function stop(started: Started, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!isRunning(started)) return
  const exited = once(started.child, 'exit')
  signalGroup(started.child, signal)
  if (!(await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]))) {
    signalGroup(started.child, 'SIGKILL')
    await exited
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // Already gone.
  }
}

/** Polls `ready` until it answers true; fails early when the process exits. */
export async function waitUntil(
  started: Started,
  ready: () => Promise<boolean>,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isRunning(started)) throw new Error(`${started.name} exited (see ${started.log})`)
    if (await ready().catch(() => false)) return
    await delay(200)
  }
  throw new Error(`${started.name} did not start within ${timeoutMs / 1000} s (see ${started.log})`)
}
