/**
 * The content model's one table: for each document type, where its pages live and how the
 * studio, the site and the webhook treat it. Fields stay in the studio's schemas; this says
 * addresses and relations. Adding a type with pages starts here (see `content-types.test.ts`).
 */
export interface ContentType {
  /** Its own page: `:slug` is the document's slug. Absent: it has no page of its own. */
  address?: `/${string}`
  /** Page N (2 and up) of its own page, which lists the Insights filed under it. */
  pages?: `/${string}/:page`
  /** The listing that shows it (a key of SITE_ROUTES), and that listing's page N if it has
   * more (only the Insights listing has: the address check counts articles). */
  listing?: { route: ListingRoute; pages?: `/${string}/:page` }
  /** What editors may do besides editing: add new ones, change the slug (publishing then
   * redirects the old address), link to it from menus, buttons and rich text. */
  editors?: readonly ('create' | 'rename' | 'link')[]
  /** Who knows its addresses: the sitemap; the unknown-address check (any slug of the right
   * shape may be one, so the check asks the published slugs). */
  knownTo?: readonly ('sitemap' | 'addressCheck')[]
  /** Fixed documents: the only one (at an id that is its type name); one at each of these
   * slugs, which editors cannot delete, unpublish or move (and, unless they may `create`
   * others beside them, cannot add to); one per listing (its copy). */
  fixed?: 'singleton' | readonly string[] | 'perListing'
  /**
   * Pages of other types that show this type's fields, which a publish of this expires too:
   * a type's name for all of its pages and lists (its type tag); `{ type, through }` for only
   * the pages of the documents of that type this one names in its reference field `through`,
   * before and after the publish (the webhook sends their slugs, see `webhook.ts`).
   */
  shownBy?: readonly (string | ShownThrough)[]
  /** Every page shows it (the header, the footer, search defaults). */
  onEveryPage?: true
}

/** Pages of `type` that show a document because it names them in its field `through`. */
export interface ShownThrough {
  type: string
  through: string
}

/** The listings, each with its own copy (a `listingPage` document at `listing-<route>`). */
export const LISTING_ROUTES = ['insights', 'sectors', 'ventures'] as const
export type ListingRoute = (typeof LISTING_ROUTES)[number]

/** What the types with a page per slug share: editors make, rename and link them; the
 * sitemap and the unknown-address check know their published slugs. */
const SLUGGED_PAGE = {
  editors: ['create', 'rename', 'link'],
  knownTo: ['sitemap', 'addressCheck'],
} as const

export const CONTENT_TYPES = {
  siteSettings: { fixed: 'singleton', onEveryPage: true },
  home: { address: '/', fixed: 'singleton' },
  article: {
    address: '/insights/:slug',
    listing: { route: 'insights', pages: '/insights/page/:page' },
    ...SLUGGED_PAGE,
    // A sector's page lists its newest articles: those naming it in `sectors`.
    shownBy: ['home', { type: 'sector', through: 'sectors' }],
  },
  category: {
    address: '/insights/category/:slug',
    pages: '/insights/category/:slug/page/:page',
    listing: { route: 'insights' },
    ...SLUGGED_PAGE,
    // Categories are filters of the Insights list, not things to link to.
    editors: ['create', 'rename'],
    shownBy: ['article'],
  },
  sector: {
    address: '/sectors/:slug',
    listing: { route: 'sectors' },
    ...SLUGGED_PAGE,
    shownBy: ['venture', 'home'],
  },
  venture: {
    address: '/ventures/:slug',
    listing: { route: 'ventures' },
    ...SLUGGED_PAGE,
    // A sector's page lists the ventures naming it in `sectors` (kept on the venture only).
    shownBy: [{ type: 'sector', through: 'sectors' }, 'home'],
  },
  legalDocument: {
    address: '/legal/:slug',
    fixed: ['privacy', 'terms', 'modern-slavery'],
    editors: ['link'],
    knownTo: ['sitemap'],
  },
  page: {
    address: '/:slug',
    ...SLUGGED_PAGE,
    // The pages the site was built with stay; editors add others (Careers, Events) beside them.
    fixed: ['who-we-are', 'what-we-do', 'partnerships', 'contact'],
  },
  // The firm's people: editors add them; no page of their own. Articles name them as authors
  // and a page's people section lists them, so a publish expires those (`person:<slug>`).
  person: { editors: ['create'], shownBy: ['article', 'page'] },
  listingPage: { fixed: 'perListing' },
  redirect: { editors: ['create'] },
  // Visitors' enquiries, written by the site's server: no address, not in the sitemap, not
  // linkable, and editors cannot create them (they only mark them handled).
  enquiry: {},
} as const satisfies Record<string, ContentType>

export type DocumentType = keyof typeof CONTENT_TYPES
type Table = typeof CONTENT_TYPES

/**
 * Each type's name, for code that names one type: `TYPE.article`, `${TYPE.article}` in a
 * query. A plain object literal, because Sanity's typegen reads a query's `${…}` only from
 * literals; content-types.test.ts checks that it names every type of the table, as itself.
 */
export const TYPE = {
  siteSettings: 'siteSettings',
  home: 'home',
  article: 'article',
  category: 'category',
  sector: 'sector',
  venture: 'venture',
  legalDocument: 'legalDocument',
  page: 'page',
  person: 'person',
  listingPage: 'listingPage',
  redirect: 'redirect',
  enquiry: 'enquiry',
} as const

/** Every document type the studio defines, in the table's order. */
export const DOCUMENT_TYPES = Object.keys(CONTENT_TYPES) as DocumentType[]

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && Object.hasOwn(CONTENT_TYPES, value)
}

/** The facts of one type, read through the table's shape rather than its literal values. */
export const contentType = (type: DocumentType): ContentType => CONTENT_TYPES[type]

/** The types all of whose pages show this type's fields (a test checks each is in the table). */
export const shownBy = (type: DocumentType) =>
  (contentType(type).shownBy ?? []).filter((by) => typeof by === 'string') as DocumentType[]

/** The reference fields naming the documents whose own pages show this type's fields. */
export const shownThrough = (type: DocumentType) =>
  (contentType(type).shownBy ?? []).filter((by) => typeof by === 'object') as {
    type: DocumentType
    through: string
  }[]

/** Every field some type is shown through, once: the revalidation webhook follows each. */
export const SHOWN_THROUGH_FIELDS = [
  ...new Set(DOCUMENT_TYPES.flatMap((type) => shownThrough(type).map(({ through }) => through))),
]

type Listed<K extends 'editors' | 'knownTo'> = NonNullable<ContentType[K]>[number]

/** The types whose `editors` or `knownTo` list holds `value`, e.g. `TypesWhere<'editors', 'link'>`. */
export type TypesWhere<K extends 'editors' | 'knownTo', V extends Listed<K>> = {
  [T in DocumentType]: Table[T] extends { readonly [P in K]: readonly (infer U)[] }
    ? V extends U
      ? T
      : never
    : never
}[DocumentType]

export function typesWhere<K extends 'editors' | 'knownTo', V extends Listed<K>>(
  key: K,
  value: V,
): TypesWhere<K, V>[] {
  const holds = (type: DocumentType) => contentType(type)[key] as readonly string[] | undefined
  return DOCUMENT_TYPES.filter((type) => holds(type)?.includes(value)) as TypesWhere<K, V>[]
}

/** Types whose pages take any slug of the right shape: the unknown-address check asks about these. */
export type SluggedType = TypesWhere<'knownTo', 'addressCheck'>
export const SLUGGED_TYPES = typesWhere('knownTo', 'addressCheck')
export const LINKABLE_TYPES = typesWhere('editors', 'link')
export const RENAMEABLE_TYPES = typesWhere('editors', 'rename')
/** Types whose own page has later pages (`pages`): a category's Insights. */
export type PagedType = {
  [T in DocumentType]: Table[T] extends { pages: string } ? T : never
}[DocumentType]
export const PAGED_TYPES = DOCUMENT_TYPES.filter((type) => contentType(type).pages) as PagedType[]

export type SitemapType = TypesWhere<'knownTo', 'sitemap'>
export const SITEMAP_TYPES = typesWhere('knownTo', 'sitemap')
