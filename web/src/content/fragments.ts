import { TYPE } from '@chaffcent/content/content-types'
/**
 * GROQ projections shared by several queries. Kept as plain strings so that
 * `sanity typegen` can evaluate the queries that interpolate them.
 */

/** A `link`: a fixed site route or a document, resolved to what `hrefFor` needs. */
export const LINK_FIELDS = `_key, label, route, url, "document": document->{_type, "slug": slug.current}`

/**
 * Portable Text with internal links resolved to their target's type and slug, and images'
 * assets followed as IMAGE_FIELDS follows them (a missing asset comes back null).
 */
export const RICH_TEXT_FIELDS = `...,
  markDefs[]{
    ...,
    _type == "internalLink" => { "target": reference->{_type, "slug": slug.current} }
  },
  _type == "accessibleImage" => { "asset": asset->{_id, "lqip": metadata.lqip} }`

export const CALL_TO_ACTION_FIELDS = `eyebrow, heading, text,
  primaryAction{${LINK_FIELDS}},
  secondaryAction{${LINK_FIELDS}}`

/**
 * An `accessibleImage` with its asset followed: a missing or deleted asset comes back null
 * (and the image is left out). The asset id carries the original's size; its metadata
 * carries the blurred placeholder.
 */
export const IMAGE_FIELDS = `alt, decorative, crop{top, bottom, left, right}, hotspot{x, y, width, height},
  "asset": asset->{_id, "lqip": metadata.lqip}`

export const SEO_FIELDS = `title, description, noIndex, shareImage{${IMAGE_FIELDS}}`

/** The category an article is filed under, followed to what a link to it needs. */
export const ARTICLE_CATEGORY_FIELDS = `"category": category->{_type, title, "slug": slug.current}`

/** What an article card shows. */
export const ARTICLE_CARD_FIELDS = `_id, _type, title, "slug": slug.current, excerpt, publishedAt,
  ${ARTICLE_CATEGORY_FIELDS}, coverImage{${IMAGE_FIELDS}}`

/** What a venture card shows. */
export const VENTURE_CARD_FIELDS = `_id, _type, name, "slug": slug.current, summary, status, logo{${IMAGE_FIELDS}}`

/**
 * An article whose publication time has come. One dated later is scheduled: no page, list,
 * sitemap or feed shows it until then (reads that show articles expire at that moment, see
 * `schedule/`). A plain date is earlier than any time on that day, so it counts from midnight UTC.
 */
export const PUBLISHED_BY_NOW = `publishedAt <= now()`

/** A document with no publication time, or one whose time has come (only articles have one). */
export const PUBLISHED_IF_DATED = `(!defined(publishedAt) || ${PUBLISHED_BY_NOW})`

/** Articles a visitor can reach: published by now, with a slug and a category. */
export const LISTED_ARTICLE = `_type == "${TYPE.article}" && defined(slug.current) && defined(category) && ${PUBLISHED_BY_NOW}`

/** An article in the Insights listing of `$category` (a category's slug), or of all when it is null. */
export const IN_INSIGHTS_LISTING = `${LISTED_ARTICLE} && (!defined($category) || category->slug.current == $category)`
