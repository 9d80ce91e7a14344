import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { RICH_TEXT_FIELDS, SEO_FIELDS, VENTURE_CARD_FIELDS } from '../fragments'

export const VENTURES_QUERY = defineQuery(`*[_type == "${TYPE.venture}" && defined(slug.current)]
  | order(name asc){${VENTURE_CARD_FIELDS}}`)

export const VENTURE_QUERY = defineQuery(`*[_type == "${TYPE.venture}" && slug.current == $slug][0]{
  ${VENTURE_CARD_FIELDS},
  _updatedAt,
  websiteUrl,
  body[]{${RICH_TEXT_FIELDS}},
  "sectors": sectors[]->{_id, _type, title, "slug": slug.current, summary},
  seo{${SEO_FIELDS}}
}`)
