import { type NextRequest, NextResponse } from 'next/server'
import { loadKnownSlugs } from '@/content/known-slugs'
import { loadRedirects } from '@/content/redirects'
import { classifyAddress, type Verdict } from '@/routing/addresses'
import { asVisitor, DRAFT_MODE_COOKIE, hasDraftModeCookie } from '@/routing/draft-cookie'
import { redirectBook } from '@/routing/redirect-book'
import { redirectResponse } from '@/routing/redirect-response'
import { slugBook } from '@/routing/slug-book'
import { draftModePolicy } from '@/security/headers'

/**
 * A path no route can match (`_` folders are private in the app router), so Next answers
 * it with its prerendered not-found page, status 404. Rewriting to `/_not-found` itself
 * renders that route on demand and fails.
 */
const NO_ROUTE = '/_no-route/unknown-address'

const book = slugBook({ load: loadKnownSlugs })
const redirects = redirectBook({ load: loadRedirects })

async function mayExist(verdict: Verdict): Promise<boolean> {
  switch (verdict.kind) {
    case 'exists':
      return true
    case 'cannot-exist':
      return false
    case 'if-published':
      return book.isPublished(verdict.type, verdict.slug)
    case 'if-page-exists':
      return book.hasPage(verdict.listing, verdict.page)
  }
}

/**
 * Unknown addresses are answered with the static not-found page before any route renders
 * them: nothing is queried per address, nothing is written to the page cache, and the
 * 404 is the whole page in the server's HTML (a dynamic `notFound()` under Cache
 * Components streams an empty error shell instead, vercel/next.js#62228).
 * An editor's redirect comes first, even from a live page: editors add one to move visitors on.
 * Draft mode may show documents not published yet, so its cookie skips the check and widens
 * the Content-Security-Policy for the editing overlay; a cookie this build never issued makes
 * a visitor like any other, with the visitor's policy, and is dropped before Next sees it.
 */
export async function proxy(request: NextRequest) {
  const redirect = await redirects.find(request.nextUrl.pathname)
  if (redirect) return redirectResponse(redirect, request.nextUrl)
  if (hasDraftModeCookie(request)) {
    const { key, value } = draftModePolicy()
    return NextResponse.next({ headers: { [key]: value } })
  }
  const visitor = request.cookies.has(DRAFT_MODE_COOKIE) ? asVisitor(request) : undefined
  if (await mayExist(classifyAddress(request.nextUrl.pathname))) return NextResponse.next(visitor)
  return NextResponse.rewrite(new URL(NO_ROUTE, request.url), visitor)
}

export const config = {
  // Any address but the home page may be an editor's redirect; the home page comes here for
  // draft mode's policy. The framework's files and the API routes skip the proxy entirely.
  matcher: ['/', '/((?!_next/|api/).+)'],
}
