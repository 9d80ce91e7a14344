/** A stand-in origin: only a path that stays on it is a path on this site. */
const THIS_SITE = 'https://this-site.invalid'

/**
 * The path to send an editor to after entering or leaving preview: the one asked for
 * when it is on this site, else the home page. `//host`, `/\host`, `https://host` and
 * paths that only become those once normalised (`/.//host`, `/%2e//host`, `/./\host`, or a
 * browser stripping tabs and newlines) all lead elsewhere, so they fall back to `/`.
 */
export function safeRedirectPath(requested: string | null | undefined): string {
  if (!requested || !requested.startsWith('/')) return '/'
  const second = requested[1]
  if (second === '/' || second === '\\') return '/'
  let url: URL
  try {
    url = new URL(requested, THIS_SITE)
  } catch {
    return '/'
  }
  if (url.origin !== THIS_SITE) return '/'
  // Dot segments and backslashes only collapse into `//host` once normalised: check after.
  if (url.pathname.startsWith('//')) return '/'
  // The normalised form, so nothing unencoded reaches the Location header.
  return `${url.pathname}${url.search}${url.hash}`
}

/** Where the Presentation tool puts the page to open after its secret checks out. */
const PREVIEW_PATHNAME = 'sanity-preview-pathname'

/**
 * The request next-sanity's draft-mode route should see: it redirects to
 * `sanity-preview-pathname` after resolving it against the site, which turns
 * `/.//host` into `//host`. Handing it the safe path keeps the hosted route on the site.
 */
export function withSafePreviewPathname(request: Request): Request {
  const url = new URL(request.url)
  const requested = url.searchParams.get(PREVIEW_PATHNAME)
  if (requested === null) return request
  url.searchParams.set(PREVIEW_PATHNAME, safeRedirectPath(requested))
  return new Request(url, request)
}
