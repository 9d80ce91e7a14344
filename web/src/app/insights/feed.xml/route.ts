import { INSIGHTS_FEED } from '@chaffcent/content/feed'
import { getLatestArticles } from '@/content/articles'
import { getSiteSettings } from '@/content/settings'
import { stegaClean } from '@/content/stega'
import { insightsRss } from '@/feed/rss'

/**
 * The Insights feed. Its reads carry the article and settings tags, so the publish webhook
 * refreshes it as it does the index, and a scheduled article joins it at its time. Feed
 * readers get plain text, even when an editor in preview asks.
 */
export async function GET(): Promise<Response> {
  const [settings, articles] = await Promise.all([
    getSiteSettings(),
    getLatestArticles(INSIGHTS_FEED.limit),
  ])
  return new Response(insightsRss(stegaClean(settings), stegaClean(articles)), {
    headers: { 'content-type': `${INSIGHTS_FEED.type}; charset=utf-8` },
  })
}
