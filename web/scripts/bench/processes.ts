// Everything a benchmark starts is registered here, so that a failure, Ctrl-C or a kill still
// stops the servers and browsers it left behind and deletes its copies. Processes are the
// shared process helper's (scripts/processes/): each in its own group, output to a log file.
import { once } from 'node:events'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { isRunning, type Started, startProcess, stopProcess } from '../processes/spawn.ts'
import { OUTPUT_DIR } from './settings.ts'

type Cleanup = () => Promise<void> | void
const cleanups = new Set<Cleanup>()

/**
 * Registers `cleanup` to run at the end of the run, however it ends. Returns it, to call
 * earlier when the run goes well; it then runs only once.
 */
export function atEnd(cleanup: Cleanup): () => Promise<void> {
  const once = async () => {
    if (cleanups.delete(once)) await cleanup()
  }
  cleanups.add(once)
  return once
}

/** Starts a command logged to .bench/<label>.log, stopped at the end of the run. */
export function startTracked(
  label: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Started & { stop: () => Promise<void> } {
  mkdirSync(OUTPUT_DIR, { recursive: true })
  const log = path.join(OUTPUT_DIR, `${label}.log`)
  const started = startProcess(label, command, args, { ...options, log })
  return { ...started, stop: atEnd(() => stopProcess(started, 'SIGINT')) }
}

/** Runs a command to its end (a build); fails with the tail of its log when it fails. */
export async function runToEnd(
  label: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<void> {
  const started = startTracked(label, command, args, options)
  if (isRunning(started)) await once(started.child, 'exit')
  await started.stop()
  const { exitCode, signalCode } = started.child
  if (exitCode !== 0)
    throw new Error(`${label} failed (exit ${exitCode ?? signalCode}); see ${started.log}`)
}

/** Runs a benchmark, then everything registered here, however the benchmark ends. */
export async function withCleanup(run: () => Promise<void>): Promise<void> {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping servers and browsers…`)
    void cleanUp().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    await run()
  } finally {
    await cleanUp()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** Last registered, first undone: a server stops before the copies it runs on are deleted. */
async function cleanUp(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) await Promise.resolve(cleanup()).catch(() => {})
}
