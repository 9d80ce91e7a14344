import { SITEMAP_TYPES } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { ARTICLE_CARD_FIELDS, PUBLISHED_IF_DATED } from '../fragments'

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
