import { SITE_ROUTES } from './routes'

/**
 * The home page's articles: the newest ones, unless an editor pins some. The heading says
 * which, and the studio's help text quotes the same headings, so editors know what visitors see.
 */
export const HOME_INSIGHTS = {
  count: 3,
  latestHeading: `Latest ${SITE_ROUTES.insights.label}`,
  pinnedHeading: `Selected ${SITE_ROUTES.insights.label}`,
} as const

/** The heading over the home page's articles, given whether an editor pinned them. */
export function homeInsightsHeading(pinned: boolean): string {
  return pinned ? HOME_INSIGHTS.pinnedHeading : HOME_INSIGHTS.latestHeading
}
