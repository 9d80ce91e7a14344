import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/** The meta tags studio/env.ts reads: the studio then talks to the lake and previews this site. */
export function withLocalMeta(html: string, lakeOrigin: string, siteOrigin: string) {
  const escape = (value: string) => value.replaceAll('"', '&quot;').replaceAll('<', '&lt;')
  const tags =
    `<meta name="chaffcent-api-host" content="${escape(lakeOrigin)}"/>` +
    `<meta name="chaffcent-preview-origin" content="${escape(siteOrigin)}"/>`
  return html.replace('<head>', `<head>${tags}`)
}

/**
 * Serves the built studio (`studio/dist`, from `sanity build`): its files, and index.html with
 * the local meta tags for every other path, so intent links and desk paths open directly.
 */
export function createStudioServer(distDir: string, lakeOrigin: string, siteOrigin: string) {
  const index = readFile(path.join(distDir, 'index.html'), 'utf8').then((html) =>
    withLocalMeta(html, lakeOrigin, siteOrigin),
  )
  return createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://studio').pathname)
    const file = path.join(distDir, path.normalize(pathname))
    const inside = file.startsWith(distDir + path.sep)
    const body = inside && path.extname(file) ? await readFile(file).catch(() => null) : null
    if (body) {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' })
      return void response.end(body)
    }
    if (path.extname(file) && pathname.startsWith('/static/')) {
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    }
    response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache' })
    response.end(await index)
  })
}
