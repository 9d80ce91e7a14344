import { describe, expect, it } from 'vitest'
import { planSlugRedirect, type StoredRedirect } from './slugRedirect'

const slugged = (current: string) => ({ slug: { current } })
const redirect = (_id: string, source: string, destination: string): StoredRedirect => ({
  _id,
  source,
  destination,
})

describe('planSlugRedirect', () => {
  it('redirects the old address of a renamed article to its new one, permanently', () => {
    expect(planSlugRedirect('article', slugged('old'), slugged('new'), [])).toEqual({
      destination: '/insights/new',
      create: { source: '/insights/old', destination: '/insights/new', permanent: true },
      retarget: [],
      remove: [],
    })
  })

  it('uses each type’s own address', () => {
    const plan = planSlugRedirect('category', slugged('aviation'), slugged('air'), [])
    expect(plan?.create).toMatchObject({
      source: '/insights/category/aviation',
      destination: '/insights/category/air',
    })
    expect(planSlugRedirect('venture', slugged('a'), slugged('b'), [])?.create?.source).toBe(
      '/ventures/a',
    )
  })

  it('does nothing when the address stays, or there was no published address', () => {
    expect(planSlugRedirect('article', slugged('same'), slugged('same'), [])).toBeNull()
    expect(planSlugRedirect('article', null, slugged('new'), [])).toBeNull()
    expect(planSlugRedirect('article', slugged('old'), { slug: null }, [])).toBeNull()
    expect(planSlugRedirect('siteSettings', slugged('a'), slugged('b'), [])).toBeNull()
  })

  it('sends earlier redirects to the old address straight to the new one: no chain', () => {
    const earlier = redirect('r1', '/insights/first', '/insights/old')
    const plan = planSlugRedirect('article', slugged('old'), slugged('new'), [earlier])
    expect(plan).toMatchObject({ retarget: ['r1'], remove: [] })
    expect(plan?.create?.source).toBe('/insights/old')
  })

  it('removes the redirect from an address the article takes back: no loop', () => {
    const renamedBefore = redirect('r1', '/insights/old', '/insights/new')
    const plan = planSlugRedirect('article', slugged('new'), slugged('old'), [renamedBefore])
    expect(plan).toEqual({
      destination: '/insights/old',
      create: { source: '/insights/new', destination: '/insights/old', permanent: true },
      retarget: [],
      remove: ['r1'],
    })
  })

  it('retargets a redirect already from the old address instead of adding a second', () => {
    const already = redirect('r1', '/insights/old', 'https://example.com/x')
    expect(planSlugRedirect('article', slugged('old'), slugged('new'), [already])).toEqual({
      destination: '/insights/new',
      retarget: ['r1'],
      remove: [],
    })
  })
})
