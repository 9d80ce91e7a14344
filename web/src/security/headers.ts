import { type SiteEnv, siteEnv, studioOrigins } from '../env'
import { contentSecurityPolicy } from './content-security-policy'

/** Draft mode's cookie (set by /api/draft-mode/enable): the only place the policy widens. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/** Powerful features the site never uses, switched off for it and anything it embeds. */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

type Header = { key: string; value: string }

/**
 * The security headers of every response, for next.config's `headers()`. They are fixed
 * at build time, so prerendered pages stay static. STUDIO_ORIGINS (or
 * SANITY_STUDIO_HOSTNAME) names who besides the site itself may frame it; nobody by default.
 */
export function securityHeaders(env: SiteEnv = siteEnv()) {
  const frameAncestors = studioOrigins(env)
  const development = env.NODE_ENV === 'development'
  const csp = (draft: boolean): Header => ({
    key: 'Content-Security-Policy',
    value: contentSecurityPolicy({ frameAncestors, draft, development }),
  })
  const everywhere: Header[] = [
    csp(false),
    { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  ]
  return [
    { source: '/:path*', headers: everywhere },
    // Later rules win for the same header: draft mode replaces the policy.
    {
      source: '/:path*',
      has: [{ type: 'cookie' as const, key: DRAFT_MODE_COOKIE }],
      headers: [csp(true)],
    },
  ]
}
