/** Every document type the studio defines, named once for studio and web alike. */
export const DOCUMENT_TYPES = [
  'siteSettings',
  'home',
  'article',
  'category',
  'sector',
  'venture',
  'legalDocument',
  'page',
  'listingPage',
  'redirect',
  // Visitors' enquiries, written by the site's server: no address, never shown, never linked.
  'enquiry',
] as const

export type DocumentType = (typeof DOCUMENT_TYPES)[number]

/** Documents there is only ever one of: the desk shows them as fixed items. */
export const SINGLETON_TYPES = ['siteSettings', 'home'] as const satisfies readonly DocumentType[]

/** The fixed ids of the singletons, so studio, seed and web agree on them. */
export const SINGLETON_IDS = {
  siteSettings: 'siteSettings',
  home: 'home',
} as const satisfies Record<(typeof SINGLETON_TYPES)[number], string>

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value)
}
