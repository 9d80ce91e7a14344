import { INSIGHTS_FEED } from '@chaffcent/content/feed'
import { describe, expect, it } from 'vitest'
import { articleCard } from '@/content/schemas'
import { LATEST_ARTICLES_QUERY } from '@/content/articles/query'
import { runQuery } from '@/content/testing/dataset'
import { escapeXml, insightsRss, rfc822 } from './rss'

const SITE = {
  legalName: 'ChaffCent Ventures Ltd',
  siteUrl: 'https://www.chaffcent.com/',
  description: 'Advisory & ventures <for> "high-consequence" sectors',
}

const card = (n: number) => ({
  _id: `article-${n}`,
  _type: 'article' as const,
  title: `Article ${n} & more`,
  slug: `article-${n}`,
  excerpt: `Summary ${n}`,
  publishedAt: '2025-04-08',
  category: { _type: 'category' as const, title: 'Security', slug: 'security' },
  coverImage: undefined,
})

const tags = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`, 'g'))].map(([, text]) => text)

describe('the Insights feed', () => {
  it('escapes text and links absolutely to each article, the channel and itself', () => {
    const xml = insightsRss(SITE, [card(1)])
    expect(xml).toContain('<title>Article 1 &amp; more</title>')
    expect(xml).toContain(
      '<description>Advisory &amp; ventures &lt;for&gt; &quot;high-consequence&quot; sectors</description>',
    )
    expect(tags(xml, 'link')).toEqual([
      'https://www.chaffcent.com/insights',
      'https://www.chaffcent.com/insights/article-1',
    ])
    expect(xml).toContain(
      '<atom:link href="https://www.chaffcent.com/insights/feed.xml" rel="self"',
    )
    expect(tags(xml, 'pubDate')).toEqual(['Tue, 08 Apr 2025 00:00:00 GMT'])
  })

  it(`carries at most ${INSIGHTS_FEED.limit} articles`, () => {
    const many = Array.from({ length: 25 }, (_, n) => card(n))
    expect(tags(insightsRss(SITE, many), 'guid')).toHaveLength(INSIGHTS_FEED.limit)
  })

  it('is built from the latest-articles query over the seed', async () => {
    const articles = articleCard
      .array()
      .parse(await runQuery(LATEST_ARTICLES_QUERY, { limit: INSIGHTS_FEED.limit }))
    const xml = insightsRss(SITE, articles)
    expect(tags(xml, 'guid')).toHaveLength(Math.min(articles.length, INSIGHTS_FEED.limit))
    expect(tags(xml, 'title').slice(1)).toEqual(articles.map(({ title }) => escapeXml(title)))
  })

  it('dates a date-time as given and a plain date from midnight UTC', () => {
    expect(rfc822('2026-12-24T09:30:00Z')).toBe('Thu, 24 Dec 2026 09:30:00 GMT')
    expect(rfc822('2026-12-24')).toBe('Thu, 24 Dec 2026 00:00:00 GMT')
  })
})
