/** What `cacheLife` takes: seconds the entry is fresh, served stale while refreshed, and kept at most. */
export interface CacheLifeSeconds {
  stale: number
  revalidate: number
  expire: number
}

/**
 * Next.js treats a cache that expires within 5 minutes as dynamic (never prerendered), which
 * would make a page with a scheduled article render on every request; so expiry stays at or
 * above this, and `revalidate` alone brings the scheduled time: the first request after it is
 * answered from the entry while Next.js refreshes it, and every one after sees the article.
 */
export const SHORTEST_EXPIRY_SECONDS = 300

/**
 * How long a read that shows articles may be cached: until the next scheduled article's time
 * (`nextScheduled`, an ISO date or date-time), or Next.js's longest profile when none is
 * scheduled. `now` is in milliseconds, as `Date.now()` gives it.
 */
export function untilNextScheduled(
  nextScheduled: string | null,
  now: number,
): CacheLifeSeconds | 'max' {
  const at = nextScheduled ? Date.parse(nextScheduled) : Number.NaN
  if (Number.isNaN(at)) return 'max'
  const seconds = Math.max(1, Math.ceil((at - now) / 1000))
  return {
    stale: Math.min(seconds, SHORTEST_EXPIRY_SECONDS),
    revalidate: seconds,
    expire: Math.max(seconds, SHORTEST_EXPIRY_SECONDS),
  }
}
