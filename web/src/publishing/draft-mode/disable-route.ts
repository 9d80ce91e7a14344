import type { NextRequest } from 'next/server'
import { redirectToPath } from '../responses'
import type { OpenDraftSwitch } from './draft-switch'
import { safeRedirectPath } from './redirect-path'

/**
 * What `app/api/draft-mode/disable/route.ts` exports. Leaving preview needs no secret:
 * the worst a stranger can do is show an editor the published site. POST (the preview
 * banner's form) answers 303 so the browser follows with a GET.
 */
export function disableDraftModeRoute(openDraftSwitch: OpenDraftSwitch) {
  function leavePreview(status: 303 | 307) {
    return async (request: NextRequest): Promise<Response> => {
      ;(await openDraftSwitch()).disable()
      return redirectToPath(safeRedirectPath(request.nextUrl.searchParams.get('redirect')), status)
    }
  }
  return { GET: leavePreview(307), POST: leavePreview(303) }
}
