import { describe, expect, it } from 'vitest'
import { withArrayKeys } from './keys'
import { plainText, toPortableText } from './portable-text'
import { bullets, em, external, h2, linkTo, mailto, p, strong } from './rich-text'

describe('toPortableText', () => {
  it('makes a plain string a normal paragraph of one unmarked span', () => {
    const [block] = toPortableText(['A paragraph.'])
    expect(block).toMatchObject({
      _type: 'block',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', text: 'A paragraph.', marks: [] }],
    })
    expect(block).not.toHaveProperty('listItem')
  })

  it('stores decorators as marks and links as mark definitions the span refers to', () => {
    const [block] = toPortableText([
      p(strong('Bold'), ' and ', em('italic'), ' with ', linkTo('article-x', 'a link'), '.'),
    ])
    const [bold, , italic, , linked] = block!.children
    expect(bold!.marks).toEqual(['strong'])
    expect(italic!.marks).toEqual(['em'])
    expect(block!.markDefs).toEqual([
      {
        _key: linked!.marks[0],
        _type: 'internalLink',
        reference: { _type: 'reference', _ref: 'article-x' },
      },
    ])
  })

  it('opens links to public bodies in a new tab, and mail links in place', () => {
    const [block] = toPortableText([
      p(external('https://ico.org.uk', 'the ICO'), ' or ', mailto('a@example.com')),
    ])
    expect(block!.markDefs).toMatchObject([
      { _type: 'externalLink', href: 'https://ico.org.uk', openInNewTab: true },
      { _type: 'externalLink', href: 'mailto:a@example.com', openInNewTab: false },
    ])
  })

  it('expands a list into one block per item, with its list type and level', () => {
    const blocks = toPortableText([h2('Heading'), bullets('One', ['Two ', strong('bold')])])
    expect(blocks.map((b) => [b.style, b.listItem, b.level])).toEqual([
      ['h2', undefined, undefined],
      ['normal', 'bullet', 1],
      ['normal', 'bullet', 1],
    ])
    expect(plainText(blocks)).toBe('Heading\nOne\nTwo bold')
  })

  it('derives keys from content and position: stable, and distinct for repeated text', () => {
    const once = toPortableText(['Same.', 'Same.'])
    expect(toPortableText(['Same.', 'Same.'])).toEqual(once)
    expect(once[0]!._key).not.toBe(once[1]!._key)
    expect(once[0]!._key).toMatch(/^[0-9a-f]{12}$/)
  })
})

describe('withArrayKeys', () => {
  it('keys objects in arrays at any depth, keeps existing keys and leaves strings alone', () => {
    const keyed = withArrayKeys({
      tags: ['a', 'b'],
      links: [{ label: 'x' }, { _key: 'kept', label: 'y' }],
      nested: { cards: [{ title: 't' }] },
    })
    expect(keyed.tags).toEqual(['a', 'b'])
    expect(keyed.links[0]).toHaveProperty('_key')
    expect(keyed.links[1]!._key).toBe('kept')
    expect(keyed.nested.cards[0]).toHaveProperty('_key')
  })
})
