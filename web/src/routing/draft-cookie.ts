import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { NextRequest } from 'next/server'
import { z } from 'zod'
import { distDir } from '@/content/config'
import { siteEnv } from '@/env'

/** Draft mode's cookie (set by /api/draft-mode/enable): its value is the build's preview id. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

const previewProps = z.object({ previewModeId: z.string().min(1) })

let previewModeId: string | null | undefined

/**
 * The id Next writes into the draft mode cookie and compares it with. A proxy on the Node.js
 * runtime cannot ask `draftMode()` (it is always off there: vercel/next.js#82344), so this
 * reads it where Next's own server does (`getPreviewProps` in next-server.js): the build's
 * `server/preview-props.json`; the edge runtime has it in a variable. Unreadable, no cookie
 * counts: previews 404, visitors are unharmed.
 */
function buildPreviewModeId(): string | null {
  if (previewModeId !== undefined) return previewModeId
  try {
    const manifest = path.join(distDir(), 'server', 'preview-props.json')
    previewModeId =
      process.env.__NEXT_PREVIEW_MODE_ID ||
      previewProps.parse(JSON.parse(readFileSync(manifest, 'utf8'))).previewModeId
  } catch (error) {
    console.error('[routing] could not read the preview id; no draft cookie will count', error)
    previewModeId = null
  }
  return previewModeId
}

/**
 * A draft mode cookie this build issued: the request may see documents not yet published.
 * `next dev` makes a new id each start and keeps no build manifest: there any cookie counts.
 */
export function hasDraftModeCookie(request: NextRequest): boolean {
  const value = request.cookies.get(DRAFT_MODE_COOKIE)?.value
  if (value === undefined) return false
  return siteEnv().NODE_ENV === 'development' || value === buildPreviewModeId()
}

/**
 * The request as the page should see it: a draft cookie this build never issued is dropped,
 * so Next answers as it answers any visitor (from its cache, without clearing cookies).
 */
export function asVisitor(request: NextRequest): { request: { headers: Headers } } {
  request.cookies.delete(DRAFT_MODE_COOKIE)
  return { request: { headers: request.headers } }
}
