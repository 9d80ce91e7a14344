/** A stand-in origin: only a path that stays on it is a path on this site. */
const THIS_SITE = 'https://this-site.invalid'

/**
 * The path to send an editor to after entering or leaving preview: the one asked for
 * when it is on this site, else the home page. `//host`, `/\host`, `https://host` and
 * paths that only become those once a browser strips tabs and newlines all lead
 * elsewhere, so they fall back to `/`.
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
  // The normalised form, so nothing unencoded reaches the Location header.
  return `${url.pathname}${url.search}${url.hash}`
}
