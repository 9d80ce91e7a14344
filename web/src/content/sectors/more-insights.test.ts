import { describe, expect, it } from 'vitest'
import type { ArticleCard } from '../schemas'
import { moreInsightsLink } from './more-insights'

const filedUnder = (slug: string, title: string, n: number): ArticleCard => ({
  _id: `article-${slug}-${n}`,
  _type: 'article',
  title: `Article ${n}`,
  slug: `article-${n}`,
  excerpt: 'An excerpt.',
  publishedAt: '2026-01-01',
  category: { _type: 'category', slug, title },
  coverImage: undefined,
})

const aviation = (n: number) => filedUnder('aviation', 'Aviation', n)
const technology = (n: number) => filedUnder('technology', 'Technology', n)

describe('the link under a sector’s insights', () => {
  it('leads to the category most of them are filed under', () => {
    expect(moreInsightsLink([aviation(1), technology(2), aviation(3)])).toEqual({
      href: '/insights/category/aviation',
      label: 'More Aviation insights',
    })
    expect(moreInsightsLink([technology(1)])).toMatchObject({
      href: '/insights/category/technology',
    })
  })

  it('leads to every insight when no category holds most of them, or there are none', () => {
    const all = { href: '/insights', label: 'All insights' }
    expect(moreInsightsLink([aviation(1), technology(2)])).toEqual(all)
    expect(moreInsightsLink([])).toEqual(all)
  })
})
