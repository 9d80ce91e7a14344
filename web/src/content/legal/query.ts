import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { RICH_TEXT_FIELDS, SEO_FIELDS } from '../fragments'

export const LEGAL_DOCUMENT_QUERY =
  defineQuery(`*[_type == "${TYPE.legalDocument}" && slug.current == $slug][0]{
  _id,
  _type,
  _updatedAt,
  title,
  "slug": slug.current,
  summary,
  effectiveDate,
  lastReviewedDate,
  body[]{${RICH_TEXT_FIELDS}},
  seo{${SEO_FIELDS}}
}`)

/** The legal documents' titles and addresses: the footer's legal links. */
export const LEGAL_LINKS_QUERY = defineQuery(
  `*[_type == "${TYPE.legalDocument}" && defined(slug.current)]{_type, title, "slug": slug.current}`,
)
