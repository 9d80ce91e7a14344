import { CONTENT_TYPES, contentType, isDocumentType } from './content-types'
import { isValidSlug } from './slug'

/** The three legal documents the site links to; each slug is used by exactly one document. */
export const LEGAL_SLUGS = CONTENT_TYPES.legalDocument.fixed
export type LegalSlug = (typeof LEGAL_SLUGS)[number]

/** The pages the site always has at the top level; editors add others beside them. */
export const PAGE_SLUGS = CONTENT_TYPES.page.fixed
export type PageSlug = (typeof PAGE_SLUGS)[number]

/** The client's route table: every fixed address of the site, with the label it is linked by. */
export const SITE_ROUTES = {
  home: { path: '/', label: 'Home' },
  whoWeAre: { path: '/who-we-are', label: 'Who We Are' },
  whatWeDo: { path: '/what-we-do', label: 'What We Do' },
  ventures: { path: '/ventures', label: 'Ventures & Platforms' },
  partnerships: { path: '/partnerships', label: 'Partnerships' },
  sectors: { path: '/sectors', label: 'Sectors We Serve' },
  insights: { path: '/insights', label: 'Insights' },
  contact: { path: '/contact', label: 'Contact' },
  privacy: { path: '/legal/privacy', label: 'Privacy Notice' },
  terms: { path: '/legal/terms', label: 'Terms of Use' },
  modernSlavery: { path: '/legal/modern-slavery', label: 'Modern Slavery Statement' },
} as const

export type SiteRoute = keyof typeof SITE_ROUTES

/** What a link needs to know about a document to find its page. */
export interface Linkable {
  _type: string
  slug?: string | null
}

/**
 * An address pattern of the content-type table filled in: `:slug` with the slug, `:page`
 * with the page number (page 1 is the pattern's address without its `/…/:page` tail).
 */
export function fillAddress(pattern: string, { slug = '', page = 1 } = {}): string {
  const address = pattern.replace(':slug', slug)
  return page > 1 ? address.replace(':page', String(page)) : address.replace(/\/[^/]+\/:page$/, '')
}

/**
 * The public address of a document, or null when it has no page of its own
 * (site settings) or lacks the slug its address needs. Only a slug of the shared shape
 * makes an address, so none can become `//host` or climb out with `../`.
 */
export function hrefFor(doc: Linkable): string | null {
  const address = isDocumentType(doc._type) ? contentType(doc._type).address : undefined
  if (!address?.includes(':slug')) return address ?? null
  const slug = doc.slug?.trim()
  return isValidSlug(slug) ? fillAddress(address, { slug }) : null
}

/** The absolute form of a site path, for canonical URLs, sitemaps and JSON-LD. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString()
}
