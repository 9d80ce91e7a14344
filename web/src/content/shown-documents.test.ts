import { describe, expect, it } from 'vitest'
import { shownDocumentTags } from './shown-documents'

describe('shownDocumentTags', () => {
  it('finds every document shown by slug, however deep', () => {
    const result = {
      _type: 'article',
      slug: 'a',
      category: { _type: 'category', title: 'T', slug: 'tech' },
      body: [
        { markDefs: [{ _type: 'internalLink', target: { _type: 'sector', slug: 'aviation' } }] },
      ],
    }
    expect([...shownDocumentTags(result)].sort()).toEqual([
      'article:a',
      'category:tech',
      'sector:aviation',
    ])
  })

  it('tags an article with its authors and the page whose people section lists them', () => {
    const article = {
      _type: 'article',
      slug: 'a',
      authors: [
        { _type: 'person', slug: 'ada', team: { _type: 'page', slug: 'who-we-are' } },
        { _type: 'person', slug: 'bea', team: null },
      ],
    }
    expect([...shownDocumentTags(article)].sort()).toEqual([
      'article:a',
      'page:who-we-are',
      'person:ada',
      'person:bea',
    ])
  })

  it('ignores objects that are not documents or have no slug', () => {
    expect(
      shownDocumentTags([
        { _type: 'block', slug: 'x' },
        { _type: 'article', slug: null },
      ]).size,
    ).toBe(0)
  })
})
