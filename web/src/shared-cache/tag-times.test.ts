import { describe, expect, it } from 'vitest'
import { formatTagTimes, laterOf, parseTagTimes, timesAfterRevalidation } from './tag-times'

describe('tag times', () => {
  it('expires at once on revalidateTag(tag, { expire: 0 }), as the webhook sends it', () => {
    expect(timesAfterRevalidation(undefined, 1_000, { expire: 0 })).toEqual({
      stale: 1_000,
      expired: 1_000,
    })
  })

  it('marks stale now and expires later when a profile gives an expiry', () => {
    expect(timesAfterRevalidation({ expired: 5 }, 1_000, { expire: 60 })).toEqual({
      stale: 1_000,
      expired: 61_000,
    })
  })

  it('keeps the later of two instances’ times, so a late writer cannot un-expire a tag', () => {
    expect(laterOf({ stale: 9, expired: 3 }, { stale: 4, expired: 8 })).toEqual({
      stale: 9,
      expired: 8,
    })
    expect(laterOf(undefined, undefined)).toEqual({})
  })

  it('round-trips through the stored form and ignores anything else', () => {
    const times = { stale: 1_796_052_234_534, expired: 1_796_052_234_534 }
    expect(parseTagTimes(formatTagTimes(times))).toEqual(times)
    expect(parseTagTimes(Buffer.from('0,7'))).toEqual({ expired: 7 })
    expect(parseTagTimes('{"expired":1}')).toBeUndefined()
    expect(parseTagTimes(null)).toBeUndefined()
  })
})
