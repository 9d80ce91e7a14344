import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { siteEnv } from '@/env'
import { logOnce } from '../log-once'
import { jsonError, redirectToPath } from '../responses'
import { isPreviewSecretValid } from './preview-secret'
import { safeRedirectPath } from './redirect-path'

/**
 * Draft mode on the embedded dataset, where there is no Content Lake to hold Sanity's
 * preview secret: `/api/draft-mode/enable?secret=…&redirect=/path` with the secret
 * shared with the studio through the environment.
 */
export function createEmbeddedEnable(log?: (message: string) => void) {
  const logMisconfiguration = logOnce(log)

  return async function enableEmbeddedPreview(request: NextRequest): Promise<Response> {
    const expected = siteEnv().PREVIEW_SECRET
    if (!expected) {
      logMisconfiguration(
        '[publishing] PREVIEW_SECRET is not set; refusing every request to preview',
      )
      return jsonError(503, 'Preview is not configured on this server')
    }
    const params = request.nextUrl.searchParams
    if (!isPreviewSecretValid(params.get('secret'), expected)) {
      return jsonError(401, 'The preview secret is missing or wrong')
    }
    ;(await draftMode()).enable()
    const requested = params.get('redirect') ?? params.get('sanity-preview-pathname')
    return redirectToPath(safeRedirectPath(requested), 307)
  }
}
