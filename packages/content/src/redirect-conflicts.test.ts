import { describe, expect, it } from 'vitest'
import { redirectConflicts } from './redirect-conflicts'

const to = (source: string, destination: string) => ({ source, destination })

describe('redirectConflicts', () => {
  it('finds nothing among redirects that each land on a page', () => {
    const redirects = [
      to('/insights/a', '/insights/b'),
      to('/insights/c', '/insights/b'),
      to('/old', 'https://example.com/old'),
    ]
    expect(redirectConflicts(redirects)).toEqual([])
  })

  it('refuses a redirect to its own address, a trailing slash or query aside', () => {
    const self = to('/insights/a', '/insights/a/?utm=x')
    expect(redirectConflicts([self])).toEqual([{ kind: 'same-address', redirect: self }])
  })

  it('refuses a second redirect from the same address', () => {
    const [first, second] = [to('/a', '/b'), to('/a/', '/c')]
    expect(redirectConflicts([first, second])).toEqual([
      { kind: 'duplicate', redirect: second, other: first },
    ])
  })

  it('finds a chain from either end', () => {
    const [first, second] = [to('/a', '/b'), to('/b', '/c')]
    expect(redirectConflicts([first, second])).toEqual([
      { kind: 'chain', redirect: first, next: second },
    ])
  })

  it('finds every redirect in a loop, however long', () => {
    const loop = [to('/a', '/b'), to('/b', '/c?x=1'), to('/c', '/a')]
    const leadingIn = to('/d', '/a')
    expect(redirectConflicts([...loop, leadingIn]).map(({ kind }) => kind)).toEqual([
      'loop',
      'loop',
      'loop',
      'chain',
    ])
  })

  it('ignores redirects whose addresses are not valid', () => {
    expect(redirectConflicts([to('https://x.example/a', '/a'), to('/a', '//x.example')])).toEqual(
      [],
    )
  })
})
