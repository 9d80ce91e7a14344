// Requests per second with autocannon (from npm), run as its own process so its load
// generation and the server's work are measured as a visitor's machine would see them.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { WEB_DIR } from './settings.mjs'

const AUTOCANNON = path.join(WEB_DIR, 'node_modules', 'autocannon', 'autocannon.js')

export interface LoadResult {
  url: string
  requestsPerSecond: number
  latencyP99Ms: number
  non2xx: number
  errors: number
}

/** Every client asks for gzip, as browsers do; each server answers in its own way. */
export async function measureLoad(
  url: string,
  seconds = 10,
  connections = 32,
): Promise<LoadResult> {
  const args = [
    AUTOCANNON,
    '-j',
    '-c',
    String(connections),
    '-d',
    String(seconds),
    '-H',
    'accept-encoding=gzip',
    url,
  ]
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    maxBuffer: 16 * 1024 * 1024,
  })
  const result = JSON.parse(stdout) as {
    requests: { average: number }
    latency: { p99: number }
    non2xx: number
    errors: number
  }
  return {
    url,
    requestsPerSecond: result.requests.average,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}
