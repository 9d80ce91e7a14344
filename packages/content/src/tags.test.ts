import { describe, expect, it } from 'vitest'
import { documentTag, tagsForChange, typeTag } from './tags'

describe('tagsForChange', () => {
  it('reaches the document, its type lists and the types that show it', () => {
    expect(tagsForChange({ _type: 'article', slug: 'x' }).sort()).toEqual(
      [typeTag('article'), documentTag('article', 'x'), typeTag('home')].sort(),
    )
  })

  it('reaches the pages of the sectors a venture or article joined or left, and no others', () => {
    const shownOn = { sectors: ['aviation', 'energy', null, 'aviation'] }
    for (const type of ['venture', 'article'] as const) {
      const tags = tagsForChange({ _type: type, slug: 'x', shownOn })
      expect(tags).toEqual(
        expect.arrayContaining([
          documentTag('sector', 'aviation'),
          documentTag('sector', 'energy'),
        ]),
      )
      expect(tags.filter((tag) => tag.startsWith('sector'))).toHaveLength(2)
    }
  })

  it('follows only the fields the table says a type is shown through', () => {
    const tags = tagsForChange({ _type: 'page', slug: 'x', shownOn: { sectors: ['aviation'] } })
    expect(tags).not.toContain(documentTag('sector', 'aviation'))
  })

  it('reaches the old address of a renamed document too', () => {
    expect(tagsForChange({ _type: 'sector', slug: 'new', previousSlug: 'old' })).toEqual(
      expect.arrayContaining([documentTag('sector', 'new'), documentTag('sector', 'old')]),
    )
  })

  it('reaches every article when a category changes, since articles show its title', () => {
    expect(tagsForChange({ _type: 'category', slug: 'technology' })).toContain(typeTag('article'))
  })

  it('reaches the pages that show a person: their card, and the articles they wrote', () => {
    expect(tagsForChange({ _type: 'person', slug: 'ada' }).sort()).toEqual(
      [typeTag('person'), documentTag('person', 'ada'), typeTag('article'), typeTag('page')].sort(),
    )
  })

  it('names each tag once', () => {
    const tags = tagsForChange({ _type: 'article', slug: 'same', previousSlug: 'same' })
    expect(new Set(tags).size).toBe(tags.length)
  })
})
