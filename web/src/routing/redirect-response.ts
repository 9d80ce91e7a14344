import type { SiteRedirect } from '@/content/redirects'

/**
 * The answer to an address an editor redirected: 308 (permanent) or 307 (temporary, so
 * search engines keep the old address), which keep the request's method, with no page
 * rendered. A site destination goes on the host that was asked (Next's proxy requires an
 * absolute Location) and keeps the visitor's query string (campaign tags) unless it has
 * its own. Another site's address is sent exactly as the editor set it.
 */
export function redirectResponse(
  { destination, permanent }: SiteRedirect,
  requested: Pick<URL, 'href' | 'search'>,
) {
  const location = new URL(destination, requested.href)
  if (destination.startsWith('/') && !/[?#]/.test(destination)) location.search = requested.search
  return new Response(null, { status: permanent ? 308 : 307, headers: { location: location.href } })
}
