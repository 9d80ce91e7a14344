import { type SiteEnv, siteEnv, studioOrigins } from '../env'
import { contentSecurityPolicy } from './content-security-policy'

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

function policy(env: SiteEnv, draft: boolean): string {
  const turnstile = Boolean(env.TURNSTILE_SITE_KEY?.trim() && env.TURNSTILE_SECRET_KEY?.trim())
  return contentSecurityPolicy({
    frameAncestors: studioOrigins(env),
    draft,
    development: env.NODE_ENV === 'development',
    turnstile,
  })
}

/**
 * The security headers of every response, for next.config's `headers()`. They are fixed
 * at build time, so prerendered pages stay static. STUDIO_ORIGINS (or
 * SANITY_STUDIO_HOSTNAME) names who besides the site itself may frame it; nobody by default.
 * The policy here is the visitor's: only the proxy can tell a draft mode cookie this build
 * issued from one it never did, so it widens the policy (`draftModePolicy`) for the first.
 */
export function securityHeaders(env: SiteEnv = siteEnv()) {
  const everywhere: Header[] = [
    { key: 'Content-Security-Policy', value: policy(env, false) },
    { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  ]
  return [{ source: '/:path*', headers: everywhere }]
}

/**
 * The Content-Security-Policy of a draft mode response: the visual-editing overlay injects
 * styles and calls Sanity's APIs. A header the proxy sets replaces next.config's.
 */
export function draftModePolicy(env: SiteEnv = siteEnv()): Header {
  return { key: 'Content-Security-Policy', value: policy(env, true) }
}
