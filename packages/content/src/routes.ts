import type { DocumentType } from './documents'
import { isValidSlug } from './slug'

/** The three legal documents the site links to; each slug is used by exactly one document. */
export const LEGAL_SLUGS = ['privacy', 'terms', 'modern-slavery'] as const
export type LegalSlug = (typeof LEGAL_SLUGS)[number]

/** The editable pages that live at the top level of the site. */
export const PAGE_SLUGS = ['who-we-are', 'what-we-do', 'partnerships', 'contact'] as const
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
 * The public address of a document, or null when it has no page of its own
 * (site settings) or lacks the slug its address needs. Only a slug of the shared shape
 * makes an address, so none can become `//host` or climb out with `../`.
 */
export function hrefFor(doc: Linkable): string | null {
  const trimmed = doc.slug?.trim()
  const slug = isValidSlug(trimmed) ? trimmed : null
  switch (doc._type as DocumentType) {
    case 'home':
      return '/'
    case 'article':
      return slug ? `/insights/${slug}` : null
    case 'category':
      return slug ? `/insights/category/${slug}` : null
    case 'sector':
      return slug ? `/sectors/${slug}` : null
    case 'venture':
      return slug ? `/ventures/${slug}` : null
    case 'legalDocument':
      return slug ? `/legal/${slug}` : null
    case 'page':
      return slug ? `/${slug}` : null
    default:
      return null
  }
}

/** The absolute form of a site path, for canonical URLs, sitemaps and JSON-LD. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString()
}
