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

  it('ignores objects that are not documents or have no slug', () => {
    expect(
      shownDocumentTags([
        { _type: 'block', slug: 'x' },
        { _type: 'article', slug: null },
      ]).size,
    ).toBe(0)
  })
})
