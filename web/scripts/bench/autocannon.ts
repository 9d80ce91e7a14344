// Requests per second with autocannon (from npm), run as its own process so its load
// generation and the server's work are measured as a visitor's machine would see them.
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import { median } from './results.ts'

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

/** A page's requests per second beside the empty Next.js page's, in rounds measured back to back. */
export interface Floor {
  rounds: { empty: Throughput; page: Throughput; share: number }[]
  medianShare: number
}

/**
 * The framework's floor: `pageUrl` against `emptyUrl`, alternately, `rounds` times, each after a
 * short warm-up. On a shared machine the load moves between runs; alternating keeps each
 * pair under the same load, and the median share is the figure to read.
 */
export async function measureAgainstEmptyPage(
  emptyUrl: string,
  pageUrl: string,
  rounds: number,
  seconds: number,
): Promise<Floor> {
  const measured: Floor['rounds'] = []
  for (let round = 1; round <= rounds; round++) {
    const pair = []
    for (const url of [emptyUrl, pageUrl]) {
      await measureThroughput(url, 2)
      pair.push(await measureThroughput(url, seconds))
    }
    const [empty, page] = pair as [Throughput, Throughput]
    const share = page.requestsPerSecond / empty.requestsPerSecond
    console.log(describeThroughput(`round ${round}: empty Next.js page`, empty))
    console.log(describeThroughput(`round ${round}: cached article`, page))
    measured.push({ empty, page, share })
  }
  return { rounds: measured, medianShare: median(measured.map((round) => round.share))! }
}
