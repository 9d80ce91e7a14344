import { absoluteUrl, SITE_ROUTES } from './routes'

/** The Insights feed (RSS 2.0): where it lives, what it is, and how many articles it carries. */
export const INSIGHTS_FEED = {
  path: `${SITE_ROUTES.insights.path}/feed.xml`,
  type: 'application/rss+xml',
  limit: 20,
} as const

/** The feed's title, in the channel and in every page's autodiscovery link. */
export function insightsFeedTitle(siteName: string): string {
  return `${siteName} – ${SITE_ROUTES.insights.label}`
}

/**
 * Every page's autodiscovery link to the feed, as Next's metadata `alternates.types` takes
 * it (`<link rel="alternate" type="application/rss+xml">`), with an absolute address.
 */
export function feedAlternates(site: { legalName: string; siteUrl: string }) {
  return {
    [INSIGHTS_FEED.type]: [
      {
        url: absoluteUrl(site.siteUrl, INSIGHTS_FEED.path),
        title: insightsFeedTitle(site.legalName),
      },
    ],
  }
}
