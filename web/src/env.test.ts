import { SANITY_API_VERSION } from '@chaffcent/content/api-version'
import { studioOrigin } from '@chaffcent/content/studio-host'
import { describe, expect, it } from 'vitest'
import { readSiteEnv, studioOrigins, studioUrl } from './env'

describe('readSiteEnv', () => {
  it('gives the defaults when nothing is set, and counts blank as unset', () => {
    for (const source of [{}, { NEXT_DIST_DIR: ' ', REDIS_URL: '', SANITY_PROJECT_ID: '  ' }]) {
      const env = readSiteEnv(source)
      expect(env).toMatchObject({
        SANITY_API_VERSION,
        NEXT_DIST_DIR: '.next',
        REDIS_KEY_PREFIX: 'chaffcent',
        VERCEL: false,
      })
      expect([env.REDIS_URL, env.SANITY_PROJECT_ID]).toEqual([undefined, undefined])
    }
  })

  it('trims what it is given and leaves other variables out', () => {
    const env = readSiteEnv({ SANITY_DATASET: ' production ', VERCEL: '1', HOME: '/root' })
    expect(env.SANITY_DATASET).toBe('production')
    expect(env.VERCEL).toBe(true)
    expect(env).not.toHaveProperty('HOME')
  })

  it('stops with one error that names every variable that is not valid', () => {
    const read = () =>
      readSiteEnv({
        SANITY_API_HOST: 'localhost:3400',
        REDIS_URL: 'http://127.0.0.1:6379',
        SANITY_API_VERSION: 'latest',
        SANITY_PROJECT_ID: 'My Project',
        SANITY_REVALIDATE_SECRET: 'fine',
      })
    expect(read).toThrow(/^The site's environment is not valid:\n/)
    const message = (() => {
      try {
        read()
      } catch (error) {
        return (error as Error).message
      }
    })()
    for (const name of ['SANITY_API_HOST', 'REDIS_URL', 'SANITY_API_VERSION', 'SANITY_PROJECT_ID'])
      expect(message).toContain(`\n  ${name}: must be`)
    expect(message).not.toContain('SANITY_REVALIDATE_SECRET')
  })

  it('never repeats a value in its error, since a secret could be one', () => {
    expect(() => readSiteEnv({ SANITY_API_HOST: 'sk-very-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk-very-secret') }),
    )
  })
})

describe('the studio the site answers to', () => {
  it('is allowed to frame the site only when configured', () => {
    expect(studioOrigins(readSiteEnv({}))).toEqual([])
    expect(studioOrigins(readSiteEnv({ SANITY_STUDIO_HOSTNAME: ' ' }))).toEqual([])
    expect(studioOrigins(readSiteEnv({ SANITY_STUDIO_HOSTNAME: 'acme' }))).toEqual([
      'https://acme.sanity.studio',
    ])
    expect(
      studioOrigins(
        readSiteEnv({ STUDIO_ORIGINS: 'https://studio.example/ http://localhost:3333' }),
      ),
    ).toEqual(['https://studio.example', 'http://localhost:3333'])
  })

  it('is where click-to-edit links lead, the default hosted studio when none is configured', () => {
    expect(studioUrl(readSiteEnv({}))).toBe(studioOrigin())
    const env = readSiteEnv({ STUDIO_ORIGINS: 'http://localhost:3333 https://studio.example' })
    expect(studioUrl(env)).toBe('http://localhost:3333')
  })

  it.each(['https://studio.example; script-src *', 'studio.example', 'https://x.example/path'])(
    'refuses %j, which would end up in a header',
    (value) => {
      expect(() => readSiteEnv({ STUDIO_ORIGINS: value })).toThrow(
        /STUDIO_ORIGINS: ".*" is not an origin/,
      )
    },
  )
})
