import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { RICH_TEXT_FIELDS, SEO_FIELDS, VENTURE_CARD_FIELDS } from '../fragments'

const SECTOR_CARD_FIELDS = `_id, _type, title, "slug": slug.current, summary`

export const SECTORS_QUERY = defineQuery(`*[_type == "${TYPE.sector}" && defined(slug.current)]
  | order(orderRank asc, title asc){${SECTOR_CARD_FIELDS}}`)

export const SECTOR_QUERY = defineQuery(`*[_type == "${TYPE.sector}" && slug.current == $slug][0]{
  ${SECTOR_CARD_FIELDS},
  _updatedAt,
  body[]{${RICH_TEXT_FIELDS}},
  "ventures": relatedVentures[]->{${VENTURE_CARD_FIELDS}},
  seo{${SEO_FIELDS}}
}`)
