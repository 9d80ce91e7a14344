import { describe, expect, it } from 'vitest'
import { SHORTEST_EXPIRY_SECONDS, untilNextScheduled } from './cache-life'

const NOW = Date.parse('2026-06-01T12:00:00Z')

describe('how long a read showing articles is cached', () => {
  it('as long as Next.js allows when nothing is scheduled', () => {
    expect(untilNextScheduled(null, NOW)).toBe('max')
    expect(untilNextScheduled('not a date', NOW)).toBe('max')
  })

  it('is fresh until the next scheduled time, and kept at least 5 minutes so it stays cached', () => {
    expect(untilNextScheduled('2026-06-01T12:01:30Z', NOW)).toEqual({
      stale: 90,
      revalidate: 90,
      expire: SHORTEST_EXPIRY_SECONDS,
    })
  })

  it('a plain date counts from midnight UTC', () => {
    const twoDays = 36 * 3600
    expect(untilNextScheduled('2026-06-03', NOW)).toEqual({
      stale: SHORTEST_EXPIRY_SECONDS,
      revalidate: twoDays,
      expire: twoDays,
    })
  })

  it('a time just reached still gives Next.js a whole second', () => {
    expect(untilNextScheduled('2026-06-01T12:00:00.200Z', NOW)).toMatchObject({ revalidate: 1 })
  })
})
