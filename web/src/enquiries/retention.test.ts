import { describe, expect, it } from 'vitest'
import { anEnquiry, tempStore } from './test-support.fixture'

const DAY = 24 * 60 * 60 * 1000

describe('retention', () => {
  it('erases the details past retention at once and drops their undelivered jobs', () => {
    const store = tempStore()
    const old = store.add(anEnquiry, ['email'], 0)
    const recent = store.add(anEnquiry, ['email'], 300 * DAY)
    // A year's retention, a year and a day on: the cutoff is day one.
    expect(store.expire(DAY, false, 366 * DAY)).toBe(1)
    expect(store.count()).toBe(1)
    expect(store.delivery(old, 'email')).toBeUndefined()
    expect(store.delivery(recent, 'email')).toMatchObject({ deliveredAt: null })
  })

  it('queues the erasure of the Lake copy and forgets the enquiry once that is done', () => {
    const store = tempStore()
    const id = store.add(anEnquiry, ['lake'], 0)
    store.delivered(id, 'lake', 1)
    store.expire(10, true, 20)
    const [erasure] = store.claimDue(20, 30_000)
    expect(erasure).toMatchObject({ enquiryId: id, sink: 'lake-erasure', enquiry: null })
    expect(store.count()).toBe(1)
    store.delivered(id, 'lake-erasure', 21)
    store.expire(10, true, 22)
    expect(store.count()).toBe(0)
    expect(store.claimDue(100_000, 30_000)).toEqual([])
  })
})
