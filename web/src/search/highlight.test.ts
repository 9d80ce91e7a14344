import { describe, expect, it } from 'vitest'
import { highlight, snippet } from './highlight'

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .filter((segment) => segment.match)
    .map((segment) => segment.text)

describe('highlighting', () => {
  it('marks each word a term begins, in any case, and keeps every character', () => {
    const text = 'Training needs analysis: trains, TRAINING; restraint.'
    expect(marked(text, ['train'])).toEqual(['Training', 'trains', 'TRAINING'])
    expect(
      highlight(text, ['train'])
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text)
  })

  it('leaves markup in the text as text: a tag is never a match boundary it can escape', () => {
    const segments = highlight('<img src=x onerror=alert(1)> aviation', ['aviation', 'img'])
    expect(segments).toEqual([
      { text: '<', match: false },
      { text: 'img', match: true },
      { text: ' src=x onerror=alert(1)> ', match: false },
      { text: 'aviation', match: true },
    ])
  })

  it('marks nothing when no term is found', () => {
    expect(highlight('Aviation', ['security'])).toEqual([{ text: 'Aviation', match: false }])
  })
})

describe('the snippet', () => {
  const long = `${'Opening words. '.repeat(30)}The counter-UAV programme closes here. ${'More. '.repeat(60)}`

  it('is cut around the first match, with ellipses where text was left out', () => {
    const cut = snippet([long], ['programme'])
    expect(cut).toMatch(/^… .*counter-UAV programme closes here.* …$/)
    expect(cut.length).toBeLessThanOrEqual(230)
  })

  it('comes from the first source that matches, else the opening of the first', () => {
    expect(snippet(['A summary.', 'Body about resilience.'], ['resilience'])).toBe(
      'Body about resilience.',
    )
    expect(snippet(['A summary.', 'Body.'], ['nothing'])).toBe('A summary.')
    expect(snippet([null, '  '], ['x'])).toBe('')
  })
})
