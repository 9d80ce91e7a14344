// The ceiling to compare the edge with: nginx serving the article's HTML from a file, with a
// pre-compressed copy (gzip_static) so that it, too, sends gzip without compressing each time.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { answersOk, origin } from '../processes/loopback.ts'
import { type Started, startProcess, stopProcess, waitUntil } from '../processes/spawn.ts'
import { ensureTools } from '../cluster/tools.ts'

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
  const nginx: Started = startProcess(
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
