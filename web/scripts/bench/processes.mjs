// Every process a benchmark starts is registered here, so that a failure, Ctrl-C or a kill
// still stops the servers and browsers it left behind.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { setTimeout as delay } from 'node:timers/promises'

const running = new Set()
const closers = new Set()
const leftovers = new Set()

/**
 * Starts a command in its own process group, so that stopping it also stops whatever it
 * started (next start's workers). Output goes to the given file descriptor or is dropped.
 */
export function startProcess(command, args, { cwd, env, output = 'ignore' } = {}) {
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', output, output],
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

/** Waits for a started process to finish; rejects when it fails. */
export async function finished(child, label) {
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit')
  running.delete(child)
  if (child.exitCode !== 0) {
    throw new Error(`${label} failed (exit ${child.exitCode ?? child.signalCode})`)
  }
}

/**
 * SIGINT first: it lets Lighthouse's launcher close its Chrome, and Next.js shut down. After
 * five seconds anything left in the group is killed.
 */
export async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child)
    return
  }
  signalGroup(child, 'SIGINT')
  const exited = once(child, 'exit').then(() => true)
  if (!(await Promise.race([exited, delay(5_000).then(() => false)]))) {
    signalGroup(child, 'SIGKILL')
    await exited
  }
  running.delete(child)
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** Registers something else to close at the end (a Playwright browser). */
export function closeAtEnd(close) {
  closers.add(close)
  return () => closers.delete(close)
}

/**
 * Registers files to delete at the end, once the processes using them have stopped. Returns
 * the removal, to call earlier when the run ends normally.
 */
export function removeAtEnd(remove) {
  const once = () => {
    if (leftovers.delete(once)) remove()
  }
  leftovers.add(once)
  return once
}

export async function stopEverything() {
  const closing = [...closers].map((close) => close().catch(() => {}))
  closers.clear()
  await Promise.all([...closing, ...[...running].map(stopProcess)])
  for (const remove of [...leftovers]) remove()
}

/** Runs a benchmark and stops everything it started, however it ends. */
export async function withCleanup(run) {
  let interrupted = false
  const onSignal = (signal) => {
    interrupted = true
    console.error(`\n${signal}: stopping servers and browsers…`)
    stopEverything().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    return await run()
  } catch (error) {
    // After Ctrl-C the run fails as its processes stop; the signal handler exits instead.
    if (!interrupted) throw error
  } finally {
    await stopEverything()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
