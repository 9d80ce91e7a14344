import { safeHref } from './safe-href'

/** A redirect as editors define it: visitors to `source` are sent to `destination`. */
export interface Redirect {
  source: string
  destination: string
  /** Permanent unless an editor says otherwise: 308, else 307. */
  permanent?: boolean | null
}

/** Only the path of this base is ever used: it lets `URL` tell a site path from anything else. */
const BASE = 'https://site.invalid'
/** Addresses the site's proxy never sees, so a redirect from them could never work. */
const UNREACHABLE = /^\/(?:api|_next)(?:\/|$)/

/** A path as the site's router sees it: percent-encoded, without a trailing slash. */
function asRouted(path: string): string {
  const { pathname } = new URL(path, BASE)
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
}

/**
 * The address a redirect starts from, as the site looks it up, or null when it is not a
 * path on this site a visitor can arrive at: one leading slash, no query or fragment,
 * not the home page, nothing the proxy never sees.
 */
export function redirectSource(raw: unknown): string | null {
  if (typeof raw !== 'string' || !/^\/(?!\/)[^\s\\?#]+$/.test(raw)) return null
  const path = asRouted(raw)
  return path === '/' || UNREACHABLE.test(path) ? null : path
}

/**
 * Where a redirect sends visitors, or null when it must not: a path on this site (its query
 * string kept) or an absolute https URL, sanitised as links from content are.
 */
export function redirectDestination(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const trimmed = raw.trim()
  if (/^\/(?!\/)[^\s\\]*$/.test(trimmed)) {
    const url = new URL(trimmed, BASE)
    return url.origin === BASE ? `${asRouted(url.pathname)}${url.search}${url.hash}` : null
  }
  const href = safeHref(trimmed)
  return href?.startsWith('https://') ? href : null
}

/** The site address a destination lands on (query and fragment aside), or null when off-site. */
export function destinationPath(destination: string): string | null {
  return destination.startsWith('/') ? asRouted(destination.replace(/[?#].*$/, '')) : null
}
