import { describe, expect, it } from 'vitest'
import { openEnquiryStore } from './store'
import { anEnquiry, tempStore } from './test-support.fixture'

describe('the enquiry store', () => {
  it('keeps an enquiry and its deliveries across a reopen of the file', () => {
    const store = tempStore()
    const id = store.add(anEnquiry, ['lake', 'email'], 1000)
    const file = store.file
    store.close()
    const reopened = openEnquiryStore(file)
    const due = reopened.claimDue(1000, 30_000)
    expect(due.map((job) => [job.enquiryId, job.sink, job.enquiry?.name])).toEqual([
      [id, 'lake', 'Ada Lovelace'],
      [id, 'email', 'Ada Lovelace'],
    ])
  })

  it('does not hand a claimed job out again until its lease runs out', () => {
    const store = tempStore()
    store.add(anEnquiry, ['lake'], 0)
    expect(store.claimDue(0, 30_000)).toHaveLength(1)
    expect(store.claimDue(29_999, 30_000)).toHaveLength(0)
    expect(store.claimDue(30_000, 30_000)).toHaveLength(1)
  })

  it('never hands out a delivered job again, and keeps a failed one for its retry time', () => {
    const store = tempStore()
    const id = store.add(anEnquiry, ['lake', 'email'], 0)
    store.claimDue(0, 30_000)
    store.delivered(id, 'lake', 10)
    store.failed(id, 'email', 5000)
    expect(store.claimDue(4999, 30_000)).toEqual([])
    expect(store.claimDue(5000, 30_000).map((job) => [job.sink, job.attempts])).toEqual([
      ['email', 1],
    ])
    expect(store.delivery(id, 'lake')).toMatchObject({ deliveredAt: 10, attempts: 1 })
  })

  it('signs forms with one secret, kept in the file', () => {
    const store = tempStore()
    const secret = store.secret()
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const file = store.file
    store.close()
    expect(openEnquiryStore(file).secret()).toBe(secret)
  })
})
