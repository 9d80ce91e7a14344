import { describe, expect, it } from 'vitest'
import { BACKOFF, nextAttemptAt } from './backoff'

describe('retry backoff', () => {
  it('doubles the wait after each failure', () => {
    const waits = [1, 2, 3, 4, 5].map((attempt) => nextAttemptAt(0, attempt, 1))
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000])
  })

  it('waits at most ten minutes, however many failures', () => {
    expect(nextAttemptAt(0, 40, 1)).toBe(BACKOFF.maxMs)
  })

  it('spreads retries over the upper half of the wait', () => {
    expect(nextAttemptAt(0, 3, 0)).toBe(2000)
    expect(nextAttemptAt(0, 3, 0.5)).toBe(3000)
  })
})
