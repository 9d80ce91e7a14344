/**
 * One publish of each document type, shared by the publishing browser tests and the publish
 * benchmark: which document is edited, which visible field changes, and a page of another
 * type that does not show it (so a publish must leave that page cached).
 */
export interface PublishCase {
  type: string
  id: string
  /** A dotted path to a text field every page showing the document renders in full. */
  field: string
  /** A page of another type that does not show the document; null when every page does. */
  untouched: string | null
  /**
   * The field's value counts only as the text of a link to this address: a value other
   * documents share (the seed names a category and a sector alike) is told apart by its link.
   */
  linkedTo?: string
}

export const PUBLISH_CASES: readonly PublishCase[] = [
  {
    type: 'article',
    id: 'article-it-ot-convergence-high-consequence-environments',
    field: 'title',
    untouched: '/legal/privacy',
  },
  {
    type: 'category',
    id: 'category-infrastructure-energy',
    field: 'title',
    untouched: '/ventures',
    linkedTo: '/insights/category/infrastructure-energy',
  },
  { type: 'sector', id: 'sector-aviation', field: 'summary', untouched: '/legal/terms' },
  {
    type: 'venture',
    id: 'venture-aviation-training-assurance',
    field: 'summary',
    untouched: '/insights',
  },
  { type: 'page', id: 'page-who-we-are', field: 'intro', untouched: '/sectors' },
  // Its card on Who We Are shows the role, and so does each article's JSON-LD (its authors).
  { type: 'person', id: 'person-chaffcent-ventures', field: 'role', untouched: '/sectors' },
  // Every page's footer links the legal documents by their titles.
  { type: 'legalDocument', id: 'legal-privacy', field: 'title', untouched: null },
  { type: 'home', id: 'home', field: 'hero.heading', untouched: '/who-we-are' },
  // The layout shows the settings (navigation, footer) on every page.
  { type: 'siteSettings', id: 'siteSettings', field: 'footerDisclaimer', untouched: null },
]

type Fields = Record<string, unknown>

export function fieldValue(doc: Fields, field: string): string {
  const value = field
    .split('.')
    .reduce<unknown>((at, key) => (at as Fields | undefined)?.[key], doc)
  if (typeof value !== 'string') throw new Error(`${String(doc._id)}.${field} is not text`)
  return value
}

/** `doc` with the field set to `value`, leaving the original untouched. */
export function withField<T extends Fields>(doc: T, field: string, value: string): T {
  const copy = structuredClone(doc)
  const keys = field.split('.')
  const parent = keys.slice(0, -1).reduce((at, key) => at[key] as Fields, copy as Fields)
  parent[keys.at(-1)!] = value
  return copy
}

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')

/**
 * Whether server HTML shows `text`: React escapes it in markup, the RSC payload does not.
 * With `linkedTo`, only as the text of a link to that address counts.
 */
export function htmlShows(html: string, text: string, linkedTo?: string): boolean {
  if (!linkedTo) return html.includes(escapeHtml(text)) || html.includes(text)
  const escaped = escapeHtml(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`<a [^>]*href="${linkedTo}"[^>]*>${escaped}</a>`).test(html)
}
