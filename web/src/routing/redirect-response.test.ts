import { describe, expect, it } from 'vitest'
import { redirectResponse } from './redirect-response'

const site = (path: string) => new URL(path, 'https://chaffcent.example')
const answer = (response: Response) => [response.status, response.headers.get('location')]

describe('redirectResponse', () => {
  it('answers 308 for a permanent redirect and 307 for a temporary one', () => {
    const requested = site('/old')
    expect(answer(redirectResponse({ destination: '/new', permanent: true }, requested))).toEqual([
      308,
      'https://chaffcent.example/new',
    ])
    expect(answer(redirectResponse({ destination: '/new', permanent: false }, requested))).toEqual([
      307,
      'https://chaffcent.example/new',
    ])
  })

  it('carries the visitor’s query string to a site path without one of its own', () => {
    const permanent = true
    const requested = site('/old?utm_source=x')
    expect(answer(redirectResponse({ destination: '/new', permanent }, requested))[1]).toBe(
      'https://chaffcent.example/new?utm_source=x',
    )
    expect(answer(redirectResponse({ destination: '/new?tab=2', permanent }, requested))[1]).toBe(
      'https://chaffcent.example/new?tab=2',
    )
  })

  it('sends another site’s address exactly as set', () => {
    const destination = 'https://example.com/report?id=7'
    const response = redirectResponse({ destination, permanent: true }, site('/old?a=1'))
    expect(answer(response)[1]).toBe(destination)
  })
})
