import { type NextRequest, NextResponse } from 'next/server'
import { loadKnownSlugs } from '@/content/known-slugs'
import { loadRedirects } from '@/content/redirects'
import { classifyAddress } from '@/routing/addresses'
import { redirectBook } from '@/routing/redirect-book'
import { redirectResponse } from '@/routing/redirect-response'
import { slugBook } from '@/routing/slug-book'

/** Draft mode may show documents that are not published yet: previews skip the check. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'
/**
 * A path no route can match (`_` folders are private in the app router), so Next answers
 * it with its prerendered not-found page, status 404. Rewriting to `/_not-found` itself
 * renders that route on demand and fails.
 */
const NO_ROUTE = '/_no-route/unknown-address'

const book = slugBook({ load: loadKnownSlugs })
const redirects = redirectBook({ load: loadRedirects })

/**
 * Unknown addresses are answered with the static not-found page before any route renders
 * them: nothing is queried per address, nothing is written to the page cache, and the
 * 404 is the whole page in the server's HTML (a dynamic `notFound()` under Cache
 * Components streams an empty error shell instead, vercel/next.js#62228).
 * An editor's redirect comes first, even from a live page: editors add one to move visitors on.
 */
export async function proxy(request: NextRequest) {
  const redirect = await redirects.find(request.nextUrl.pathname)
  if (redirect) return redirectResponse(redirect, request.nextUrl)
  if (request.cookies.has(DRAFT_MODE_COOKIE)) return NextResponse.next()
  const verdict = classifyAddress(request.nextUrl.pathname)
  if (verdict.kind === 'exists') return NextResponse.next()
  if (verdict.kind === 'if-published' && (await book.isPublished(verdict.type, verdict.slug))) {
    return NextResponse.next()
  }
  return NextResponse.rewrite(new URL(NO_ROUTE, request.url))
}

export const config = {
  // Any address but the home page may be an editor's redirect; the framework's files and
  // the API routes never are, and skip the proxy entirely.
  matcher: ['/((?!_next/|api/).+)'],
}
