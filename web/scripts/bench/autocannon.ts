// Requests per second with autocannon (from npm), run as its own process so its load
// generation and the server's work are measured as a visitor's machine would see them.
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

export interface Throughput {
  url: string
  requestsPerSecond: number
  latencyP99Ms: number
  non2xx: number
  errors: number
}

/** Every client asks for gzip, as browsers do; each server answers in its own way. */
export async function measureThroughput(
  url: string,
  seconds = 10,
  connections = 32,
): Promise<Throughput> {
  const args = [
    '-j',
    '-c',
    String(connections),
    '-d',
    String(seconds),
    '-H',
    'accept-encoding=gzip',
  ]
  const { stdout } = await promisify(execFile)(process.execPath, [AUTOCANNON, ...args, url], {
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

export function describeThroughput(name: string, result: Throughput): string {
  return `  ${name.padEnd(34)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s (p99 ${result.latencyP99Ms} ms, ${result.non2xx} non-2xx, ${result.errors} errors)`
}
