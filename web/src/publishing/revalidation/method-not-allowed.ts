import { jsonError } from '../responses'

/** The only method the webhook accepts; sent in `Allow` with every 405. */
export const ALLOWED_METHODS = 'POST'

export function methodNotAllowed(request: Request): Response {
  return jsonError(405, `${request.method} is not allowed; send a signed POST`, {
    Allow: ALLOWED_METHODS,
  })
}
