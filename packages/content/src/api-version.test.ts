import { describe, expect, it } from 'vitest'
import { SANITY_API_VERSION } from './api-version'
import { isValidSlug, SLUG_MAX_LENGTH } from './slug'
import { REVALIDATE_WEBHOOK } from './webhook'

describe('shared facts', () => {
  it('names a dated API version and uses it for the webhook', () => {
    expect(SANITY_API_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(REVALIDATE_WEBHOOK.apiVersion).toBe(`v${SANITY_API_VERSION}`)
  })

  it.each(['layered-security', 'a', 'uav-2025', 'x'.repeat(SLUG_MAX_LENGTH)])(
    'accepts the slug %s',
    (slug) => expect(isValidSlug(slug)).toBe(true),
  )

  it.each([
    '',
    'Upper',
    'double--hyphen',
    '-leading',
    'trailing-',
    'with space',
    '../etc',
    'x'.repeat(SLUG_MAX_LENGTH + 1),
    42,
    null,
  ])('refuses %j', (slug) => expect(isValidSlug(slug)).toBe(false))
})
