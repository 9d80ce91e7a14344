/** Sanity's image CDN: rich text and share images may point at it. */
const SANITY_IMAGES = 'https://cdn.sanity.io'
/** Cloudflare Turnstile's script and frame, allowed only when its keys are configured. */
const TURNSTILE = 'https://challenges.cloudflare.com'
/** What the visual-editing overlay talks to in draft mode, and only there. */
const SANITY_APIS = ['https://*.api.sanity.io', 'wss://*.api.sanity.io']

export interface PolicyOptions {
  /** Origins allowed to frame the site besides itself (the studio's Presentation tool). */
  frameAncestors: readonly string[]
  /** Draft mode: the overlay's styled-components inject styles and it calls Sanity's APIs. */
  draft?: boolean
  /** `next dev` evaluates code for its error overlay and fast refresh. */
  development?: boolean
  /** The enquiry form's Cloudflare Turnstile challenge (TURNSTILE_SITE_KEY and secret set). */
  turnstile?: boolean
}

/**
 * The Content-Security-Policy of every response. Its one concession is inline scripts:
 * Next.js hydrates statically prerendered pages with inline scripts, and a nonce would
 * make every page render per request.
 */
export function contentSecurityPolicy(options: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      "'unsafe-inline'",
      ...(options.development ? ["'unsafe-eval'"] : []),
      ...(options.turnstile ? [TURNSTILE] : []),
    ],
    ...(options.turnstile ? { 'frame-src': [TURNSTILE] } : {}),
    'style-src': ["'self'", ...(options.draft ? ["'unsafe-inline'"] : [])],
    'img-src': ["'self'", 'data:', SANITY_IMAGES],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(options.draft ? SANITY_APIS : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'", ...options.frameAncestors],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}
