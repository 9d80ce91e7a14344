/**
 * What the SEO helpers read. Web fills these from the site settings singleton and from
 * the document a page shows, so the helpers never need to know about queries.
 */

/** A postal address as schema.org's PostalAddress names its parts. */
export interface SiteAddress {
  streetAddress: string
  addressLocality: string
  postalCode: string
  /** ISO 3166-1 alpha-2, e.g. `GB`; this is what JSON-LD carries. */
  addressCountry: string
  /** The country spelt out for people, e.g. `United Kingdom`. */
  countryName: string
}

/** An image to share a page with; `url` may be absolute or a path on the site. */
export interface SeoImage {
  url: string
  width: number
  height: number
  alt: string
}

/** Site-wide wording for titles, keywords and link previews; editors may leave any of it empty. */
export interface SiteSeoSettings {
  /** Appended to every document title: "{title} | {titleSuffix}". */
  titleSuffix?: string
  /** Appended to every Open Graph title; shorter than `titleSuffix` on the client's site. */
  ogTitleSuffix?: string
  keywords?: string[]
  /** The client's site gives every page the same Twitter title and description; else the page's own. */
  twitterTitle?: string
  twitterDescription?: string
  /** Used by any page that has no share image of its own. */
  shareImage?: SeoImage
}

/** Who the site belongs to: the organisation behind every page. */
export interface SiteIdentity {
  legalName: string
  shortName: string
  /** The site's origin, e.g. `https://www.chaffcent.com`, with or without a trailing slash. */
  siteUrl: string
  description: string
  address: SiteAddress
  contactEmail: string
  contactType?: string
  areaServed?: string
  knowsAbout?: string[]
  /** Companies House number; when given, JSON-LD identifies the organisation by it. */
  companyNumber?: string
  seo?: SiteSeoSettings
}

/** One page's own metadata. */
export interface PageSeo {
  title: string
  /** An article's excerpt, or the page's summary. */
  description: string
  /** The page's path on the site, starting with `/`. */
  path: string
  kind: 'website' | 'article'
  /** ISO 8601 date or date-time; used when `kind` is `article`. */
  publishedAt?: string
  modifiedAt?: string
  /** The document's SEO asks search engines to leave the page out. */
  noIndex?: boolean
  image?: SeoImage
  /**
   * Use `title` as the whole title, with no suffix: for the home page, whose title is
   * the legal name and would otherwise read "ChaffCent Ventures Limited | ChaffCent Ventures Limited".
   */
  standaloneTitle?: boolean
}

/** An Insights article, as its Article JSON-LD needs it. */
export interface ArticleSeo {
  title: string
  description: string
  path: string
  /** ISO 8601 date, e.g. `2025-04-08`; only a draft in preview has none (it is dated on publishing). */
  publishedAt?: string
  /** Falls back to `publishedAt` when the article has not been revised. */
  modifiedAt?: string
  /** The article's category title, e.g. "Infrastructure & Energy". */
  section?: string
  image?: SeoImage
  /** Who wrote it; none: the organisation is the author. */
  authors?: readonly AuthorSeo[]
}

/** An article's author as JSON-LD describes them. */
export interface AuthorSeo {
  name: string
  /** Their role at the firm, e.g. "Director, Aviation". */
  jobTitle?: string
  /** Their LinkedIn profile. */
  linkedIn?: string
  /** A path on the site to the card that shows them (`/who-we-are#ada-lovelace`). */
  path?: string
}

/** One step of a breadcrumb trail. */
export interface BreadcrumbItem {
  name: string
  path: string
}
