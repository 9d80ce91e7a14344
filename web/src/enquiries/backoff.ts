/** The first retry waits a second; each after it twice as long, up to ten minutes. */
export const BACKOFF = { baseMs: 1000, maxMs: 10 * 60 * 1000 } as const

/**
 * When to try a delivery again after its `attempts`-th failure: exponential backoff, capped.
 * `jitter` (0…1, random by default) spreads retries over the upper half of the wait so that
 * enquiries queued during one outage do not all retry in the same instant.
 */
export function nextAttemptAt(now: number, attempts: number, jitter = Math.random()): number {
  const wait = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** Math.max(0, attempts - 1))
  return now + Math.round(wait * (0.5 + jitter / 2))
}
