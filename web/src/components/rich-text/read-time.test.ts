import type { PortableTextBlock } from '@portabletext/react'
import { describe, expect, it } from 'vitest'
import { readTimeMinutes, wordCount } from './read-time'

function paragraph(words: number, key = `p${words}`): PortableTextBlock {
  const text = Array.from({ length: words }, (_, index) => `word${index}`).join(' ')
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  }
}

describe('wordCount', () => {
  it('counts the words of every text block, across spans', () => {
    const split: PortableTextBlock = {
      _type: 'block',
      _key: 'split',
      style: 'normal',
      markDefs: [],
      children: [
        { _type: 'span', _key: 'a', text: 'Layered systems ', marks: [] },
        { _type: 'span', _key: 'b', text: 'still matter.', marks: ['strong'] },
      ],
    }
    expect(wordCount([split, paragraph(10)])).toBe(14)
  })

  it('ignores images and empty input', () => {
    const image = { _type: 'accessibleImage', _key: 'img', alt: 'A long description here' }
    expect(wordCount([paragraph(5), image as unknown as PortableTextBlock])).toBe(5)
    expect(wordCount([])).toBe(0)
    expect(wordCount(null)).toBe(0)
  })
})

describe('readTimeMinutes', () => {
  it('rounds up at 200 words a minute', () => {
    expect(readTimeMinutes([paragraph(200)])).toBe(1)
    expect(readTimeMinutes([paragraph(201)])).toBe(2)
    expect(readTimeMinutes([paragraph(600, 'a'), paragraph(550, 'b')])).toBe(6)
  })

  it('is at least one minute, even with nothing to read', () => {
    expect(readTimeMinutes([paragraph(3)])).toBe(1)
    expect(readTimeMinutes([])).toBe(1)
    expect(readTimeMinutes(undefined)).toBe(1)
  })
})
