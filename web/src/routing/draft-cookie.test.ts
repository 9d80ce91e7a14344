import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const PREVIEW_ID = 'this-builds-preview-id'
const build = mkdtempSync(path.join(os.tmpdir(), 'chaffcent-draft-cookie-'))

const request = (cookie: string) =>
  new NextRequest('http://localhost/insights/x', { headers: { cookie } })

beforeAll(() => {
  // What `next build` writes and Next's server reads the id from.
  mkdirSync(path.join(build, 'server'))
  writeFileSync(
    path.join(build, 'server', 'preview-props.json'),
    JSON.stringify({
      previewModeId: PREVIEW_ID,
      previewModeSigningKey: 's',
      previewModeEncryptionKey: 'e',
    }),
  )
  vi.stubEnv('NEXT_DIST_DIR', build)
  vi.stubEnv('NODE_ENV', 'production')
})
afterAll(() => {
  vi.unstubAllEnvs()
  rmSync(build, { recursive: true, force: true })
})

describe('draft mode cookie', () => {
  it('counts only the cookie carrying this build’s preview id', async () => {
    const { hasDraftModeCookie } = await import('./draft-cookie')
    expect(hasDraftModeCookie(request(`__prerender_bypass=${PREVIEW_ID}`))).toBe(true)
    expect(hasDraftModeCookie(request('__prerender_bypass=x'))).toBe(false)
    expect(hasDraftModeCookie(request(`__prerender_bypass=${PREVIEW_ID}x`))).toBe(false)
    expect(hasDraftModeCookie(request('__prerender_bypass='))).toBe(false)
    expect(hasDraftModeCookie(request('other=1'))).toBe(false)
  })

  it('makes a visitor of a request with a junk cookie, keeping its other cookies', async () => {
    const { asVisitor } = await import('./draft-cookie')
    const { headers } = asVisitor(request('a=1; __prerender_bypass=junk; b=2')).request
    expect(headers.get('cookie')).toBe('a=1; b=2')
  })
})
