import { describe, expect, it } from 'vitest'
import { renderClock } from './render-clock'

function clockAt(start: number) {
  const time = { now: start }
  return { time, clock: renderClock({ now: () => time.now, longestRenderMs: 60_000, maxPages: 2 }) }
}

describe('renderClock', () => {
  /** When a page asked for at each of `asks` and then stored at `storedAt` began. */
  function beganFor(asks: number[], storedAt: number) {
    const { time, clock } = clockAt(0)
    for (const ask of asks) {
      time.now = ask
      clock.asked('/sectors')
    }
    time.now = storedAt
    clock.stored('/sectors')
    return clock.beganAt('/sectors')
  }

  it('dates a stored page from the ask its render followed, not from the store', () => {
    expect(beganFor([1_000], 1_800)).toBe(1_000)
  })

  it('dates it from the latest ask: a later visit finding it expired starts the render that counts', () => {
    expect(beganFor([1_000, 5_000], 5_200)).toBe(5_000)
  })

  it('uses each ask once: a second store with none is dated a whole render back', () => {
    const { time, clock } = clockAt(1_000)
    clock.asked('/sectors')
    clock.stored('/sectors')
    time.now = 100_000
    clock.stored('/sectors')
    expect(clock.beganAt('/sectors')).toBe(40_000)
  })

  it('knows nothing of a page it never stored (the build’s own copy)', () => {
    const { clock } = clockAt(1_000)
    clock.asked('/ventures')
    expect(clock.beganAt('/ventures')).toBeUndefined()
  })

  it('keeps pages apart and forgets the oldest past its limit', () => {
    const { clock } = clockAt(1_000)
    for (const key of ['/a', '/b', '/c']) {
      clock.asked(key)
      clock.stored(key)
    }
    expect(clock.beganAt('/a')).toBeUndefined()
    expect(clock.beganAt('/c')).toBe(1_000)
  })
})
