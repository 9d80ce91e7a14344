// A process a script or test starts: in its own process group (so stopping `next start` stops
// its workers too), its output in a log file or the caller's terminal, stopped however it ends.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { closeSync, openSync } from 'node:fs'
import { setTimeout as delay } from 'node:timers/promises'

export interface Started {
  name: string
  child: ChildProcess
  /** The file its output is appended to, named in errors; unset when it goes elsewhere. */
  log: string | undefined
}

export interface StartOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** A file to append its output to; else `output` decides. */
  log?: string
  output?: 'inherit' | 'ignore'
}

export function startProcess(
  name: string,
  command: string,
  args: string[],
  { cwd, env = process.env, log, output = 'inherit' }: StartOptions = {},
): Started {
  const sink = log ? openSync(log, 'a') : output
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', sink, sink] })
  if (typeof sink === 'number') closeSync(sink)
  return { name, child, log }
}

export const isRunning = ({ child }: Started) =>
  child.exitCode === null && child.signalCode === null

const seeLog = ({ log }: Started) => (log ? ` (see ${log})` : '')

/** `signal` to the whole group (SIGINT lets a browser launcher close its browser), SIGKILL after `graceMs`. */
export async function stopProcess(
  started: Started,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 5_000,
): Promise<void> {
  if (!isRunning(started)) return
  const exited = once(started.child, 'exit').then(() => true)
  signalGroup(started.child, signal)
  if (!(await Promise.race([exited, delay(graceMs).then(() => false)]))) {
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

/** Polls `ready` until it answers true; fails at once when the process exits. */
export async function waitUntil(
  started: Started,
  ready: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isRunning(started)) throw new Error(`${started.name} exited${seeLog(started)}`)
    if (await ready().catch(() => false)) return
    await delay(200)
  }
  throw new Error(`${started.name} did not start within ${timeoutMs / 1000} s${seeLog(started)}`)
}
