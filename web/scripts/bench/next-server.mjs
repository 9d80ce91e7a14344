// Starts `next start` for a built app and waits until it answers.
import { closeSync, mkdirSync, openSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { NEXT_BIN, OUTPUT_DIR, origin } from './settings.mjs'
import { startProcess, stopProcess } from './processes.mjs'

/**
 * The server's output goes to .bench/<label>.log, which is where to look when it does not
 * come up. Resolves to { url, stop } once `/` answers 200.
 */
export async function startNextServer({ label, dir, port, env }) {
  await assertPortFree(port)
  mkdirSync(OUTPUT_DIR, { recursive: true })
  const logFile = path.join(OUTPUT_DIR, `${label}.log`)
  const log = openSync(logFile, 'w')
  const child = startProcess(
    process.execPath,
    [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: dir, env, output: log },
  )
  closeSync(log)
  const url = origin(port)
  try {
    await waitUntilAnswering(url, child, 60_000)
  } catch (error) {
    await stopProcess(child)
    throw new Error(`${label} server did not start: ${error.message} (see ${logFile})`)
  }
  return { url, stop: () => stopProcess(child) }
}

async function waitUntilAnswering(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with ${child.exitCode}`)
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await delay(250)
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)
}

/** Refuses to start beside a leftover server, which would otherwise be measured instead. */
async function assertPortFree(port) {
  const probe = net.createServer()
  try {
    await new Promise((resolve, reject) => {
      probe.once('error', reject)
      probe.listen(port, '127.0.0.1', resolve)
    })
  } catch (error) {
    throw new Error(`port ${port} is in use (${error.code}): stop whatever listens there first`)
  } finally {
    probe.close()
  }
}
