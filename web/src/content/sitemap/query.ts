import { SITEMAP_TYPES } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { ARTICLE_CARD_FIELDS, LISTED_ARTICLE, PUBLISHED_IF_DATED } from '../fragments'

/**
 * Every document of the `$types` with a page of its own, with the date a sitemap reports and
 * the fields its page cannot do without (whichever of them its type has), so a document that
 * would 404 stays out of the sitemap. One an editor marked "Hide from search engines"
 * (`seo.noIndex`) stays out too.
 */
export const SITEMAP_QUERY = defineQuery(`*[
  _type in $types && defined(slug.current) && ${PUBLISHED_IF_DATED}
  && seo.noIndex != true
]{
  ${ARTICLE_CARD_FIELDS},
  name,
  summary,
  status,
  effectiveDate,
  "lastModified": coalesce(_updatedAt, publishedAt, effectiveDate)
}`)

/** The types the sitemap lists, from the content-type table. */
export const SITEMAP_PARAMS = { types: SITEMAP_TYPES }

/**
 * The dates the listings' lastmod comes from: the home page's and each listing's own copy, and
 * every listed article in the Insights order (newest first) with its category, so each page of
 * a listing can be dated by the newest of the articles it shows.
 */
export const SITEMAP_DATES_QUERY = defineQuery(`{
  "home": *[_type == "home"][0]._updatedAt,
  "listingPages": *[_type == "listingPage"]{_id, _updatedAt},
  "articles": *[${LISTED_ARTICLE}] | order(publishedAt desc, _id asc){
    "category": category._ref,
    _updatedAt
  }
}`)
