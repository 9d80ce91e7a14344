import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { answersOk, assertPortFree, origin } from './loopback.ts'
import { isRunning, startProcess, stopProcess, waitUntil } from './spawn.ts'

/** Free for a test run beside the browser tests' servers (E2E_PORT_BASE … +34). */
const PORT = Number(process.env.E2E_PORT_BASE || 3100) + 90

/** A server that starts a helper of its own, as `next start` starts workers, and prints its pid. */
const SERVER = `
  const { spawn } = require('node:child_process')
  const helper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  console.log(helper.pid)
  require('node:http').createServer((_, res) => res.end('up')).listen(${PORT}, '127.0.0.1')
`

/** Running, as opposed to gone or a zombie (an orphan's exit is reaped by whoever adopts it). */
const alive = (pid: number) => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))
  } catch {
    return false
  }
}

describe('a started server', () => {
  it('is waited for until it answers, then stopped with everything it started', async () => {
    await assertPortFree(PORT)
    const log = path.join(mkdtempSync(path.join(os.tmpdir(), 'spawn-test-')), 'server.log')
    const server = startProcess('test server', process.execPath, ['-e', SERVER], { log })
    await waitUntil(server, () => answersOk(`${origin(PORT)}/`), 10_000)
    const helperPid = Number(readFileSync(log, 'utf8').trim())
    expect(alive(helperPid)).toBe(true)
    await expect(assertPortFree(PORT)).rejects.toThrow(`port ${PORT} is in use`)
    await stopProcess(server)
    expect(isRunning(server)).toBe(false)
    await expect(assertPortFree(PORT)).resolves.toBeUndefined()
    await expect.poll(() => alive(helperPid)).toBe(false)
  })

  it('fails at once, naming it, when it exits before answering', async () => {
    const broken = startProcess('broken server', process.execPath, ['-e', 'process.exit(3)'], {
      output: 'ignore',
    })
    await expect(waitUntil(broken, async () => false, 10_000)).rejects.toThrow(
      'broken server exited',
    )
  })
})
