import type { APIRequestContext } from '@playwright/test'

/**
 * What `next start` says about a page: its HTML, and whether it came from the cache. Next.js
 * answers `x-nextjs-cache: HIT` for a page served as it was cached, `MISS` for one rendered
 * for this request (as after its tags expired) and `STALE` for one served while re-rendering.
 */
export interface ServedPage {
  path: string
  status: number
  cache: string | undefined
  html: string
}

export async function servePage(request: APIRequestContext, path: string): Promise<ServedPage> {
  const response = await request.get(path, { maxRedirects: 0 })
  const html = await response.text()
  return { path, status: response.status(), cache: response.headers()['x-nextjs-cache'], html }
}

export async function serveAll(request: APIRequestContext, paths: string[]): Promise<ServedPage[]> {
  const pages: ServedPage[] = []
  for (const path of paths) pages.push(await servePage(request, path))
  return pages
}
