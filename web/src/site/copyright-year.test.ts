import { describe, expect, it } from 'vitest'
import { copyrightYearLife } from './copyright-year'

const at = (iso: string) => new Date(iso)
/** When a page that reuses the year cached at `now` expires at the latest. */
const latestPageExpiry = (now: Date) => now.getTime() + 2 * copyrightYearLife(now).seconds * 1000

describe('copyrightYearLife', () => {
  it('turns at midnight on 31 December, UTC', () => {
    expect(copyrightYearLife(at('2026-12-31T23:59:59Z')).year).toBe(2026)
    expect(copyrightYearLife(at('2027-01-01T00:00:00Z')).year).toBe(2027)
  })

  it.each(['2026-01-01T00:00:00Z', '2026-07-01T12:00:00Z', '2026-12-31T23:00:00Z'])(
    'never lets a page cached at %s outlive the year',
    (iso) => {
      expect(latestPageExpiry(at(iso))).toBeLessThanOrEqual(Date.UTC(2027, 0, 1))
    },
  )

  it('caches for months early in the year, and for minutes at its end', () => {
    expect(copyrightYearLife(at('2026-01-01T00:00:00Z')).seconds).toBeGreaterThan(150 * 86_400)
    expect(copyrightYearLife(at('2026-12-31T23:50:00Z')).seconds).toBe(300)
  })
})
