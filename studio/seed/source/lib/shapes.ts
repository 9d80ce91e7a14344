import { SITE_ROUTES } from '@chaffcent/content/routes'

/** The small stored shapes Sanity expects, so source modules never spell them out. */

export type SitePath = (typeof SITE_ROUTES)[keyof typeof SITE_ROUTES]['path']

export interface Reference {
  _type: 'reference'
  _ref: string
}

export const reference = (documentId: string): Reference => ({
  _type: 'reference',
  _ref: documentId,
})

export const slug = (current: string) => ({ _type: 'slug' as const, current })

export interface Link {
  _type: 'link'
  label: string
  route?: SitePath
  document?: Reference
}

/** A link to one of the site's fixed addresses. */
export const routeLink = (label: string, route: SitePath): Link => ({ _type: 'link', label, route })

/** A link to a document, whose address the site works out from its type and slug. */
export const documentLink = (label: string, documentId: string): Link => ({
  _type: 'link',
  label,
  document: reference(documentId),
})

/** The fixed site address and label of a named route, e.g. `siteRoute('contact')`. */
export function siteRoute(name: keyof typeof SITE_ROUTES, label?: string): Link {
  const route = SITE_ROUTES[name]
  return routeLink(label ?? route.label, route.path)
}

export interface CallToAction {
  _type: 'callToAction'
  eyebrow?: string
  heading: string
  text?: string
  primaryAction?: Link
  secondaryAction?: Link
}

export interface Seo {
  _type: 'seo'
  title?: string
  description?: string
}

export const seo = (fields: Omit<Seo, '_type'>): Seo => ({ _type: 'seo', ...fields })
