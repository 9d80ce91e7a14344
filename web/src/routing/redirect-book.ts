import type { RedirectMap, SiteRedirect } from '@/content/redirects'
import { reloading, staleFlag } from './reloading'

/** Set by the webhook when a redirect is published, changed or deleted. */
const stale = staleFlag('redirects')
export const markRedirectsStale = stale.mark

/**
 * How often traffic reloads the redirects with no webhook here: what a publish announced to
 * another instance only (on Vercel, or a webhook sent past the edge) reaches this one within
 * a minute. A query a minute an instance, where every 5 s cost the Content Lake 17,280 a day.
 */
export const REDIRECTS_REFRESH_MS = 60_000

interface RedirectBookOptions {
  load: () => Promise<RedirectMap>
  now?: () => number
}

/**
 * The published redirects, which the proxy consults on every address it sees. Loaded once;
 * after a redirect is published the next visitor waits for the reload, so it applies at
 * once. Otherwise, once a minute, a visitor starts a reload it does not wait for (it
 * picks up what a webhook to another instance announced). A missing redirect costs less
 * than a broken site: if loading fails, pages are served as though there were none.
 */
export function redirectBook({ load, now }: RedirectBookOptions) {
  // A failed load keeps the redirects known before (none at first) until the next attempt,
  // so an outage of the Content Lake keeps no visitor waiting on it more than once.
  const loadOrKeep = (): Promise<RedirectMap> =>
    load().catch((error: unknown) => {
      console.error('[routing] could not load the redirects; keeping those known before', error)
      return redirects.current() ?? new Map()
    })
  const redirects = reloading({ load: loadOrKeep, stale, interval: REDIRECTS_REFRESH_MS, now })

  return {
    async find(path: string): Promise<SiteRedirect | undefined> {
      if (redirects.isStale()) await redirects.reload()
      else if (redirects.mayBeOutdated()) void redirects.reload()
      return redirects.current()?.get(path)
    },
  }
}
