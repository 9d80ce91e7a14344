import { describe, expect, it } from 'vitest'
import { draftModePolicy, securityHeaders } from './headers'
import { readSiteEnv } from '../env'

function headerOf(env: Record<string, string>, key: string, rule = 0): string | undefined {
  return securityHeaders(readSiteEnv(env))[rule]?.headers.find((header) => header.key === key)
    ?.value
}

describe('securityHeaders', () => {
  it('lets only the site itself frame pages when no studio is configured', () => {
    const csp = headerOf({}, 'Content-Security-Policy')
    expect(csp).toMatch(/frame-ancestors 'self'$/)
    expect(csp).toContain("script-src 'self' 'unsafe-inline';")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("connect-src 'self';")
  })

  it('reads a blank SANITY_STUDIO_HOSTNAME as unset, not as the default studio', () => {
    const csp = headerOf(
      { SANITY_STUDIO_HOSTNAME: ' ', STUDIO_ORIGINS: '' },
      'Content-Security-Policy',
    )
    expect(csp).toMatch(/frame-ancestors 'self'$/)
  })

  it('follows SANITY_STUDIO_HOSTNAME and STUDIO_ORIGINS', () => {
    expect(headerOf({ SANITY_STUDIO_HOSTNAME: 'acme' }, 'Content-Security-Policy')).toContain(
      "frame-ancestors 'self' https://acme.sanity.studio",
    )
    const env = { STUDIO_ORIGINS: 'https://studio.example/, http://localhost:3333' }
    expect(headerOf(env, 'Content-Security-Policy')).toMatch(
      /frame-ancestors 'self' https:\/\/studio\.example http:\/\/localhost:3333$/,
    )
  })

  it.each(['https://studio.example; script-src *', 'studio.example', 'https://x.example/path'])(
    'stops the build for the non-origin %j rather than write it into a header',
    (value) => {
      expect(() => securityHeaders(readSiteEnv({ STUDIO_ORIGINS: value }))).toThrow(
        /STUDIO_ORIGINS/,
      )
    },
  )

  it("widens connect-src for Sanity's APIs in draft mode only, which the proxy decides", () => {
    expect(securityHeaders(readSiteEnv({}))).toHaveLength(1)
    expect(headerOf({}, 'Content-Security-Policy')).toContain("connect-src 'self';")
    expect(draftModePolicy(readSiteEnv({})).value).toContain(
      "connect-src 'self' https://*.api.sanity.io wss://*.api.sanity.io",
    )
  })

  it('sets HSTS, nosniff, the referrer and opener policies on every path', () => {
    expect(securityHeaders(readSiteEnv({}))[0]?.source).toBe('/:path*')
    expect(headerOf({}, 'Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains')
    expect(headerOf({}, 'X-Content-Type-Options')).toBe('nosniff')
    expect(headerOf({}, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(headerOf({}, 'Cross-Origin-Opener-Policy')).toBe('same-origin')
    expect(headerOf({}, 'Permissions-Policy')).toContain('camera=()')
  })

  it('allows Cloudflare Turnstile only when both its keys are configured', () => {
    const keys = { TURNSTILE_SITE_KEY: 'site', TURNSTILE_SECRET_KEY: 'secret' }
    const csp = headerOf(keys, 'Content-Security-Policy')
    expect(csp).toContain("script-src 'self' 'unsafe-inline' https://challenges.cloudflare.com;")
    expect(csp).toContain('frame-src https://challenges.cloudflare.com')
    for (const env of [{}, { TURNSTILE_SITE_KEY: 'site' }] as Record<string, string>[])
      expect(headerOf(env, 'Content-Security-Policy')).not.toContain('challenges.cloudflare.com')
  })
})
