import { describe, expect, it } from 'vitest'
import { redirectResponse } from './redirect-response'

const answer = (response: Response) => [response.status, response.headers.get('location')]

describe('redirectResponse', () => {
  it('answers 308 for a permanent redirect and 307 for a temporary one', () => {
    expect(answer(redirectResponse({ destination: '/new', permanent: true }, ''))).toEqual([
      308,
      '/new',
    ])
    expect(answer(redirectResponse({ destination: '/new', permanent: false }, ''))).toEqual([
      307,
      '/new',
    ])
  })

  it('carries the visitor’s query string to a site path without one of its own', () => {
    const permanent = true
    expect(answer(redirectResponse({ destination: '/new', permanent }, '?utm_source=x'))).toEqual([
      308,
      '/new?utm_source=x',
    ])
    expect(answer(redirectResponse({ destination: '/new?tab=2', permanent }, '?a=1'))[1]).toBe(
      '/new?tab=2',
    )
  })

  it('sends another site’s address exactly as set', () => {
    const destination = 'https://example.com/report'
    expect(answer(redirectResponse({ destination, permanent: true }, '?a=1'))[1]).toBe(destination)
  })
})
