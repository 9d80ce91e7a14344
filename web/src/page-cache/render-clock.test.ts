import { describe, expect, it } from 'vitest'
import { renderClock } from './render-clock'

function clockAt(start: number) {
  const time = { now: start }
  return { time, clock: renderClock({ now: () => time.now, longestRenderMs: 60_000, maxPages: 2 }) }
}

describe('renderClock', () => {
  it('dates a stored page from the ask its render followed, not from the store', () => {
    const { time, clock } = clockAt(1_000)
    clock.asked('/sectors')
    time.now = 1_800
    clock.stored('/sectors')
    expect(clock.beganAt('/sectors')).toBe(1_000)
  })

  it('dates it from the latest ask: a later visit finding it expired starts the render that counts', () => {
    const { time, clock } = clockAt(1_000)
    clock.asked('/sectors')
    time.now = 5_000
    clock.asked('/sectors')
    time.now = 5_200
    clock.stored('/sectors')
    expect(clock.beganAt('/sectors')).toBe(5_000)
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
