import { cacheClock } from './cache-clock.ts'

/**
 * When the render behind each stored page began.
 *
 * Next dates a stored page from the moment it was stored. A render that read content before
 * a publish and finished after the webhook expired its tags would be kept as fresh, and the
 * publish would stay hidden from that page until the next one. Dated from when its render
 * began, the page expires with the publish, as Next's 'use cache' entries already do.
 *
 * Next asks the cache for a page before every render of it, so a store is dated from the
 * latest ask before it. A store with no ask (another process's render) is dated a whole
 * render earlier than it happened, which at worst costs one more render.
 */
export interface RenderClock {
  /** Next asked for the page at `key`; a render may start now. */
  asked(key: string): void
  /** A render of the page at `key` was stored now. */
  stored(key: string): void
  /** When the render behind the stored page at `key` began, if this process stored it. */
  beganAt(key: string): number | undefined
}

export interface RenderClockOptions {
  /** Next's cache clock: tag expiries are stamped with it, so page ages must be too. */
  now?: () => number
  /** Longer than any render: content reads give up well before this. */
  longestRenderMs?: number
  /** Pages remembered at most; the oldest are forgotten first (they age from their store). */
  maxPages?: number
}

export function renderClock({
  now = cacheClock,
  longestRenderMs = 60_000,
  maxPages = 10_000,
}: RenderClockOptions = {}): RenderClock {
  const asks = new Map<string, number>()
  const starts = new Map<string, number>()

  function remember(map: Map<string, number>, key: string, at: number): void {
    map.delete(key)
    map.set(key, at)
    if (map.size > maxPages) map.delete(map.keys().next().value!)
  }

  return {
    asked: (key) => remember(asks, key, now()),
    stored(key) {
      const at = now()
      remember(starts, key, asks.get(key) ?? at - longestRenderMs)
      asks.delete(key)
    },
    beganAt: (key) => starts.get(key),
  }
}
