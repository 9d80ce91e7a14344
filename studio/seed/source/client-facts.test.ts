import { createHash } from 'node:crypto'
import {
  CLIENT_ARTICLE,
  CLIENT_FOOTER_COLUMNS,
  CLIENT_REGISTRATION,
  CLIENT_SITE,
} from '@chaffcent/content/client-record'
import { describe, expect, it } from 'vitest'
import { seedDocuments } from '.'
import { plainText, type TextBlock } from './lib/portable-text'

/**
 * The facts and text that are the client's own (read from the old site's payload) must reach the dataset unchanged.
 */
const byId = new Map(seedDocuments().map((doc) => [doc._id, doc]))
const get = (id: string) => byId.get(id) as Record<string, unknown>

// sha256 of the 17 paragraphs of the payload's `9:T1707` chunk, joined by newlines.
const PAYLOAD_BODY_SHA256 = '86841da5db931b3c008a2ea84360f167797b5a345cd4e6b6e33d32d525477113'

describe('the seed article, as the old site published it', () => {
  const article = get('article-it-ot-convergence-high-consequence-environments')
  const body = article.body as TextBlock[]

  it('keeps the body word for word: 17 unmarked paragraphs', () => {
    expect(body).toHaveLength(17)
    expect(body.every((block) => block.style === 'normal' && !block.listItem)).toBe(true)
    expect(body.flatMap((block) => block.children.flatMap((span) => span.marks))).toEqual([])
    const digest = createHash('sha256').update(plainText(body)).digest('hex')
    expect(digest).toBe(PAYLOAD_BODY_SHA256)
  })

  it('keeps its header: category, date, byline, stated read time and related articles', () => {
    expect(article).toMatchObject({
      category: { _ref: 'category-infrastructure-energy' },
      publishedAt: '2025-04-08',
      authors: [{ _ref: 'person-chaffcent-ventures' }],
      // 803 words would compute to 5 minutes; the old site said 6.
      readTimeMinutes: 6,
      related: [
        { _ref: 'article-layered-systems-complex-security-environments' },
        { _ref: 'article-data-to-decision-governed-exploitation-layers' },
      ],
    })
    expect(get('person-chaffcent-ventures')).toMatchObject({ name: CLIENT_ARTICLE.byline })
  })
})

describe('site settings, as the old site stated them', () => {
  const settings = get('siteSettings')

  it('holds the organisation facts', () => {
    expect(settings).toMatchObject({ ...CLIENT_SITE, registration: CLIENT_REGISTRATION })
  })

  it('links the header and footer to the same routes as before', () => {
    const routes = (links: unknown) => (links as { route: string }[]).map((link) => link.route)
    expect(routes(settings.headerNavigation)).toEqual([
      '/who-we-are',
      '/what-we-do',
      '/ventures',
      '/partnerships',
      '/sectors',
      '/insights',
      '/contact',
    ])
    const columns = settings.footerColumns as { heading: string; links: unknown }[]
    expect(columns.map((column) => [column.heading, routes(column.links)])).toEqual(
      CLIENT_FOOTER_COLUMNS.map(({ heading, links }) => [heading, links.map(([, path]) => path)]),
    )
  })
})
