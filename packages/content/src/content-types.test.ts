import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  CONTENT_TYPES,
  DOCUMENT_TYPES,
  type DocumentType,
  LISTING_ROUTES,
  TYPE,
  contentType,
  SHOWN_THROUGH_FIELDS,
  shownBy,
  shownThrough,
} from './content-types'
import { REVALIDATE_WEBHOOK } from './webhook'
import { fillAddress, hrefFor, SITE_ROUTES } from './routes'

describe('the content-type table', () => {
  it('names every type in TYPE, as itself (add a new type there too)', () => {
    expectTypeOf(TYPE).toEqualTypeOf<{ readonly [T in DocumentType]: T }>()
    expect(Object.entries(TYPE)).toEqual(DOCUMENT_TYPES.map((type) => [type, type]))
  })

  it('names only types of its own as the types that show another', () => {
    for (const type of DOCUMENT_TYPES)
      expect(DOCUMENT_TYPES).toEqual(expect.arrayContaining([...shownBy(type)]))
    for (const type of DOCUMENT_TYPES)
      for (const by of shownThrough(type)) expect(DOCUMENT_TYPES).toContain(by.type)
  })

  it('has the revalidation webhook send the slugs of every field a type is shown through', () => {
    expect(SHOWN_THROUGH_FIELDS).toEqual(['sectors'])
    for (const field of SHOWN_THROUGH_FIELDS)
      expect(REVALIDATE_WEBHOOK.projection).toContain(`"${field}": (coalesce(before().${field}`)
  })

  it('lists each document on a listing the site has', () => {
    for (const type of DOCUMENT_TYPES) {
      const listing = contentType(type).listing
      if (listing) expect(LISTING_ROUTES).toContain(listing.route)
    }
    for (const route of LISTING_ROUTES) expect(SITE_ROUTES[route].path).toBe(`/${route}`)
  })

  it("starts a listing's later pages at the listing's own address", () => {
    for (const type of DOCUMENT_TYPES) {
      const { address, pages, listing } = contentType(type)
      if (pages)
        expect(fillAddress(pages, { slug: 'x' })).toBe(fillAddress(address!, { slug: 'x' }))
      if (listing?.pages) expect(fillAddress(listing.pages)).toBe(SITE_ROUTES[listing.route].path)
    }
    expect(fillAddress(CONTENT_TYPES.category.pages, { slug: 'energy', page: 3 })).toBe(
      '/insights/category/energy/page/3',
    )
  })

  it('gives an address to every type editors link to, rename or find in the sitemap', () => {
    for (const type of DOCUMENT_TYPES) {
      const { editors = [], knownTo = [] } = contentType(type)
      if (editors.some((can) => can !== 'create') || knownTo.length > 0)
        expect(hrefFor({ _type: type, slug: 'a-slug' }), type).toMatch(/^\/(.+\/)?a-slug$/)
    }
  })

  it('paginates only the Insights listing, whose pages the address check counts in articles', () => {
    const paginated = DOCUMENT_TYPES.filter((type) => contentType(type).listing?.pages)
    expect(paginated.map((type) => contentType(type).listing?.route)).toEqual(['insights'])
  })

  it('keeps fixed slugs at addresses that take a slug', () => {
    for (const type of DOCUMENT_TYPES) {
      const { fixed, address } = contentType(type)
      if (Array.isArray(fixed)) expect(address).toContain(':slug')
    }
  })
})
