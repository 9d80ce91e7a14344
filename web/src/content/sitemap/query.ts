import { defineQuery } from 'next-sanity'
import { ARTICLE_CARD_FIELDS, PUBLISHED_BY_NOW } from '../fragments'

/**
 * Every document with a page of its own, with the date a sitemap reports and the fields
 * its page cannot do without, so a document that would 404 stays out of the sitemap. One
 * an editor marked "Hide from search engines" (`seo.noIndex`) stays out too.
 */
export const SITEMAP_QUERY = defineQuery(`*[
  _type in ["article", "category", "sector", "venture", "legalDocument", "page"] && defined(slug.current)
  && (_type != "article" || ${PUBLISHED_BY_NOW})
  && seo.noIndex != true
]{
  _id,
  _type,
  "slug": slug.current,
  "lastModified": coalesce(_updatedAt, publishedAt, effectiveDate),
  _type == "article" => {${ARTICLE_CARD_FIELDS}},
  _type == "category" => {title},
  _type == "sector" => {title, summary},
  _type == "venture" => {name, summary, status},
  _type == "legalDocument" => {title, effectiveDate},
  _type == "page" => {title}
}`)
