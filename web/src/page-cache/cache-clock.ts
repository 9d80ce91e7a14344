/**
 * Next's cache clock. Next stamps cache entries and tag expiries with the performance clock,
 * which drifts from Date.now() in a long-lived process; anything compared with those stamps
 * (a page's age, an entry's freshness, an expiry from another instance) must be on it too, or
 * an entry made just before a publish can look newer than the publish and survive it.
 */
export const cacheClock = () => performance.timeOrigin + performance.now()
