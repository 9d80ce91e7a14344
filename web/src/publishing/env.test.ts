import { describe, expect, it } from 'vitest'
import { studioOrigin } from '@chaffcent/content/studio-host'
import { studioOrigins, studioUrl } from './env'

describe('the studio the site answers to', () => {
  it('is allowed to frame the site only when configured', () => {
    expect(studioOrigins({})).toEqual([])
    expect(studioOrigins({ SANITY_STUDIO_HOSTNAME: 'acme' })).toEqual([
      'https://acme.sanity.studio',
    ])
  })

  it('is where click-to-edit links lead, the default hosted studio when none is configured', () => {
    expect(studioUrl({})).toBe(studioOrigin())
    expect(studioUrl({ STUDIO_ORIGINS: 'http://localhost:3333 https://studio.example' })).toBe(
      'http://localhost:3333',
    )
  })
})
