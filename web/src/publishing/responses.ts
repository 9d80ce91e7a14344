/** Every refusal is JSON, so Sanity's delivery log and an editor's browser both say why. */
export function jsonError(status: number, error: string, headers?: HeadersInit): Response {
  return Response.json({ error }, { status, headers })
}

/**
 * A redirect to a path on this site. The Location stays relative so it is right behind
 * a proxy whose public host the server does not know.
 */
export function redirectToPath(path: string, status: 303 | 307): Response {
  return new Response(null, {
    status,
    headers: { Location: path, 'Cache-Control': 'no-store' },
  })
}
