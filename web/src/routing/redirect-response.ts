import type { SiteRedirect } from '@/content/redirects'

/**
 * The answer to an address an editor redirected: 308 (permanent) or 307 (temporary, so
 * search engines keep the old address), which keep the request's method, with no page
 * rendered. A site destination is sent as a path, on whatever host was asked; it keeps the
 * visitor's query string (campaign tags) unless it has its own. Another site's address is
 * sent exactly as the editor set it.
 */
export function redirectResponse({ destination, permanent }: SiteRedirect, search: string) {
  const location =
    destination.startsWith('/') && !/[?#]/.test(destination)
      ? `${destination}${search}`
      : destination
  return new Response(null, { status: permanent ? 308 : 307, headers: { location } })
}
