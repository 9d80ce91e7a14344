import { absoluteUrl, hrefFor } from '@chaffcent/content/routes'
import { INSIGHTS_FEED, insightsFeedTitle } from '@chaffcent/content/feed'
import { SITE_ROUTES } from '@chaffcent/content/routes'
import type { ArticleCard } from '@/content/schemas'

/** What the channel needs of the site settings. */
export interface FeedSite {
  legalName: string
  siteUrl: string
  description: string
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)

/** RSS dates are RFC 822; a plain publication date is midnight UTC, as the site prints it. */
export function rfc822(date: string): string {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date).toUTCString()
}

/** A dated element of the feed; the feed lists only published articles, which all have a date. */
const dated = (indent: string, tag: string, date: string | undefined) =>
  date ? `${indent}<${tag}>${rfc822(date)}</${tag}>\n` : ''

function item(site: FeedSite, article: ArticleCard): string {
  const url = escapeXml(absoluteUrl(site.siteUrl, hrefFor(article)!))
  return `    <item>
      <title>${escapeXml(article.title)}</title>
      <link>${url}</link>
      <guid isPermaLink="true">${url}</guid>
${dated('      ', 'pubDate', article.publishedAt)}      <category>${escapeXml(article.category.title)}</category>
      <description>${escapeXml(article.excerpt)}</description>
    </item>`
}

/** The Insights feed as RSS 2.0: every link absolute, the newest articles first, as given. */
export function insightsRss(site: FeedSite, articles: ArticleCard[]): string {
  const self = escapeXml(absoluteUrl(site.siteUrl, INSIGHTS_FEED.path))
  const newest = articles[0]
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(insightsFeedTitle(site.legalName))}</title>
    <link>${escapeXml(absoluteUrl(site.siteUrl, SITE_ROUTES.insights.path))}</link>
    <atom:link href="${self}" rel="self" type="${INSIGHTS_FEED.type}"/>
    <description>${escapeXml(site.description)}</description>
    <language>en-GB</language>
${dated('    ', 'lastBuildDate', newest?.publishedAt)}${articles
    .slice(0, INSIGHTS_FEED.limit)
    .map((article) => item(site, article))
    .join('\n')}
  </channel>
</rss>
`
}
