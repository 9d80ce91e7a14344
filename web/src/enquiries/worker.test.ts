import { describe, expect, it } from 'vitest'
import type { Enquiry } from './fields'
import { anEnquiry, tempStore } from './test-support.fixture'
import { deliveryWorker, LEASE_MS } from './worker'

/** A sink that is down until `up` is set, and counts what reached it. */
function flakySink() {
  const received: string[] = []
  const sink = {
    up: false,
    async deliver(id: string, _enquiry: Enquiry) {
      if (!sink.up) throw new Error('connect ECONNREFUSED')
      received.push(id)
    },
    async erase() {},
    received,
  }
  return sink
}

describe('the delivery worker', () => {
  it('retries a sink that is down with growing waits and delivers once when it is back', async () => {
    const store = tempStore()
    const lake = flakySink()
    let clock = 0
    const log: string[] = []
    const worker = deliveryWorker({
      store,
      sinks: { lake },
      retentionMs: 1e12,
      now: () => clock,
      log: (line) => log.push(line),
    })
    const id = store.add(anEnquiry, ['lake'], 0)
    const retryTimes: number[] = []
    for (let failure = 0; failure < 3; failure += 1) {
      await worker.tick()
      retryTimes.push(store.delivery(id, 'lake')!.nextAttemptAt - clock)
      clock = store.delivery(id, 'lake')!.nextAttemptAt
    }
    expect(retryTimes[1]).toBeGreaterThan(retryTimes[0]!)
    expect(retryTimes[2]).toBeGreaterThan(retryTimes[1]!)
    lake.up = true
    await worker.tick()
    await worker.tick()
    clock += LEASE_MS * 10
    await worker.tick()
    expect(lake.received).toEqual([id])
    expect(store.delivery(id, 'lake')).toMatchObject({
      deliveredAt: expect.any(Number),
      attempts: 4,
    })
    // The log names the enquiry by id, never by what the visitor wrote.
    expect(log.join('\n')).not.toMatch(/Ada|example\.com|market entry/)
  })

  it('delivers to each sink on its own: one down does not hold back the other', async () => {
    const store = tempStore()
    const lake = flakySink()
    const email = flakySink()
    email.up = true
    const worker = deliveryWorker({
      store,
      sinks: { lake, email },
      retentionMs: 1e12,
      now: () => 0,
      log: () => {},
    })
    const id = store.add(anEnquiry, ['lake', 'email'], 0)
    await worker.tick()
    expect(email.received).toEqual([id])
    expect(lake.received).toEqual([])
    expect(store.delivery(id, 'lake')).toMatchObject({ deliveredAt: null, attempts: 1 })
  })
})
