import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { safeRedirectPath } from '@/publishing/draft-mode/redirect-path'
import { redirectToPath } from '@/publishing/responses'

/**
 * Leaving preview needs no secret: the worst a stranger can do is show an editor the
 * published site. POST (the preview banner's form) answers 303 so the browser follows with
 * a GET; a link gets 307. Either way only to a path on this site.
 */
function leavePreview(status: 303 | 307) {
  return async (request: NextRequest): Promise<Response> => {
    ;(await draftMode()).disable()
    return redirectToPath(safeRedirectPath(request.nextUrl.searchParams.get('redirect')), status)
  }
}

export const GET = leavePreview(307)
export const POST = leavePreview(303)
