import { cacheLife } from 'next/cache'

/** Below five minutes Next.js treats a cache as short-lived and stops prerendering the page. */
const SHORTEST_PRERENDERABLE_LIFE = 300

export interface YearLife {
  year: number
  /** Seconds for both `revalidate` and `expire`. */
  seconds: number
}

/**
 * The copyright year at `now` (UTC, which is London's time at New Year) and how long it may be
 * cached. A page regenerated while the cached year is still fresh inherits the year's full life
 * from that moment, so the year lives half of what is left of it: whenever a page reuses it,
 * the page still expires by midnight on 31 December, and the first request of the new year
 * renders the new year without anybody publishing.
 */
export function copyrightYearLife(now: Date): YearLife {
  const year = now.getUTCFullYear()
  const untilNewYear = (Date.UTC(year + 1, 0, 1) - now.getTime()) / 1000
  return {
    year,
    seconds: Math.max(Math.floor(untilNewYear / 2), SHORTEST_PRERENDERABLE_LIFE),
  }
}

/** The year for the copyright line; reading the clock during a render needs a cache scope. */
export async function copyrightYear(): Promise<number> {
  'use cache'
  const { year, seconds } = copyrightYearLife(new Date())
  cacheLife({ revalidate: seconds, expire: seconds })
  return year
}
