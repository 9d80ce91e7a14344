// What the edge benchmark measures with, and against: requests per second with autocannon
// (from npm), run as its own process so that its load generation and the server's work are
// measured as a visitor's machine would see them; and the ceiling to compare the edge with,
// nginx serving the article's HTML from a file, with a pre-compressed copy (gzip_static) so
// that it, too, sends gzip without compressing each time.
import { execFile } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { ensureTools } from '../cluster/tools.ts'
import { answersOk, origin } from '../processes/loopback.ts'
import { startProcess, stopProcess, waitUntil } from '../processes/spawn.ts'

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

/** nginx serving `html` from a file on `port`; `stop` stops it and deletes its folder. */
export async function serveFromFile(
  html: string,
  port: number,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = path.join(os.tmpdir(), `chaffcent-bench-static-${port}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'root'), { recursive: true })
  writeFileSync(path.join(dir, 'root', 'index.html'), html)
  writeFileSync(path.join(dir, 'root', 'index.html.gz'), gzipSync(html))
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off; worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http { access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  types { text/html html; }
  server { listen 127.0.0.1:${port} reuseport; root ${dir}/root; gzip_static on; } }
`,
  )
  const nginx = startProcess(
    'static nginx',
    ensureTools().nginx,
    ['-c', `${dir}/nginx.conf`, '-p', dir],
    {
      log: path.join(dir, 'nginx.log'),
    },
  )
  const url = origin(port)
  await waitUntil(nginx, () => answersOk(`${url}/`))
  return {
    url: `${url}/`,
    stop: async () => {
      await stopProcess(nginx)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
