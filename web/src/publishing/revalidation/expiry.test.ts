import { tagsForChange } from '@chaffcent/content'
import { describe, expect, it } from 'vitest'
import { expiryFor } from './expiry'

describe('expiryFor', () => {
  const change = {
    _type: 'article',
    slug: 'counter-uav-2026',
    previousSlug: 'counter-uav',
  } as const
  const expiries = Object.fromEntries(
    tagsForChange(change).map((tag) => [tag, expiryFor(tag, 'article')]),
  )

  it('expires the changed document’s own page and lists at once', () => {
    expect(expiries).toMatchObject({
      article: { expire: 0 },
      'article:counter-uav-2026': { expire: 0 },
      'article:counter-uav': { expire: 0 },
    })
  })

  it('lets the pages of other types that list it refresh in the background', () => {
    expect(expiries.home).toBe('max')
  })

  it('lets every page refresh in the background after the site settings change', () => {
    expect(expiryFor('siteSettings', 'siteSettings')).toBe('max')
  })
})
