import { DOCUMENT_TYPES, hrefFor, SITE_ROUTES } from '@chaffcent/content'
import type { DocumentLocationResolverObject } from 'sanity/presentation'
import { describe, expect, it } from 'vitest'
import { locations, locationsOf } from './locations'
import { mainDocuments, routePatternOf } from './mainDocuments'

describe('document locations', () => {
  it('has a resolver for every document type', () => {
    expect(Object.keys(locations).sort()).toEqual([...DOCUMENT_TYPES].sort())
  })

  it('places each document at the address hrefFor gives it', () => {
    const resolve = (type: string, doc: object) =>
      (locations[type] as DocumentLocationResolverObject).resolve(doc)
    expect(resolve('article', { title: 'IT and OT', slug: 'it-ot' })?.locations).toEqual([
      { title: 'IT and OT', href: hrefFor({ _type: 'article', slug: 'it-ot' }) },
      { title: SITE_ROUTES.insights.label, href: '/insights' },
    ])
    expect(resolve('venture', { name: 'Skyguard', slug: 'skyguard' })?.locations?.[0]).toEqual({
      title: 'Skyguard',
      href: '/ventures/skyguard',
    })
    expect(resolve('page', { title: 'Contact', slug: 'contact' })?.locations).toEqual([
      { title: 'Contact', href: '/contact' },
    ])
    expect(resolve('home', {})?.locations).toEqual([{ title: 'Home', href: '/' }])
  })

  it('asks for a slug when a document has none yet', () => {
    const state = locationsOf('sector', { title: 'Aviation' })
    expect(state.tone).toBe('caution')
    expect(state.locations).toBeUndefined()
  })

  it('does not ask for an address for a person, who appears only on pages that show them', () => {
    const state = locationsOf('person', { name: 'Ada Lovelace', slug: 'ada-lovelace' })
    expect(state.message).toMatch(/no page of its own/)
    expect(state.tone).toBeUndefined()
  })

  it('shows site settings on every page', () => {
    expect(locationsOf('siteSettings', null).locations).toEqual([{ title: 'Home', href: '/' }])
  })
})

describe('main documents', () => {
  it('derives each route pattern from hrefFor', () => {
    expect(routePatternOf('article')).toBe('/insights/:slug')
    expect(routePatternOf('legalDocument')).toBe('/legal/:slug')
    expect(routePatternOf('category')).toBe('/insights/category/:slug')
    expect(routePatternOf('siteSettings')).toBeNull()
  })

  it('opens the home page at / and matches longer patterns before /:slug', () => {
    const routes = mainDocuments.map((resolver) => resolver.route)
    expect(routes[0]).toBe('/')
    expect(routes.at(-1)).toBe('/:slug')
    expect(routes).toEqual(
      expect.arrayContaining(['/insights/:slug', '/sectors/:slug', '/ventures/:slug']),
    )
  })

  it('finds the document by type and slug', () => {
    const article = mainDocuments.find((resolver) => resolver.route === '/insights/:slug')
    expect(article?.filter).toBe('_type == "article" && slug.current == $slug')
    const params = article?.params
    const context = {
      origin: 'http://localhost:3000',
      params: { slug: 'it-ot' },
      path: '/insights/it-ot',
    }
    expect(typeof params === 'function' ? params(context) : params).toEqual({ slug: 'it-ot' })
  })
})
