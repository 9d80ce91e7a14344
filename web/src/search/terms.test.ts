import { describe, expect, it } from 'vitest'
import { MAX_QUERY_LENGTH, normaliseQuery, parsePage, queryTerms } from './terms'

describe('the query a visitor typed', () => {
  it('is trimmed, spaced once and compatibility-normalised', () => {
    expect(normaliseQuery('  counter\t\n UAV  ')).toBe('counter UAV')
    expect(normaliseQuery('ｃｏｕｎｔｅｒ')).toBe('counter')
  })

  it('is cut to its bound, and only the first of repeated parameters counts', () => {
    expect(normaliseQuery('a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH)
    expect(normaliseQuery(['first', 'second'])).toBe('first')
    expect(normaliseQuery(undefined)).toBe('')
  })

  it('becomes distinct lower-case words, punctuation and markup left out', () => {
    expect(queryTerms('Aviation, aviation & <b>Training</b>!')).toEqual([
      'aviation',
      'b',
      'training',
    ])
    expect(queryTerms('!!! ???')).toEqual([])
    expect(queryTerms('one two three four five six seven eight nine ten')).toHaveLength(8)
  })
})

describe('the page number', () => {
  it('is a whole number from 1, anything else the first page', () => {
    expect(parsePage('3')).toBe(3)
    for (const raw of ['0', '-1', '1.5', 'abc', '99999', '', undefined, ['2', '3']]) {
      expect(parsePage(raw)).toBe(Array.isArray(raw) ? 2 : 1)
    }
  })
})
