import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import {
  ARTICLE_CARD_FIELDS,
  LISTED_ARTICLE,
  RICH_TEXT_FIELDS,
  SEO_FIELDS,
  VENTURE_CARD_FIELDS,
} from '../fragments'

const SECTOR_CARD_FIELDS = `_id, _type, title, "slug": slug.current, summary`

export const SECTORS_QUERY = defineQuery(`*[_type == "${TYPE.sector}" && defined(slug.current)]
  | order(orderRank asc, title asc){${SECTOR_CARD_FIELDS}}`)

/**
 * One sector's page. Ventures and articles name their sectors (the relation is kept on their
 * side only), so the page finds them by reference: `references()` narrows the search, and the
 * `sectors` field confirms it, since a link to the sector in their text is a reference too.
 * Its three newest insights are chosen as the Insights index chooses (scheduled ones left out).
 */
export const SECTOR_QUERY = defineQuery(`*[_type == "${TYPE.sector}" && slug.current == $slug][0]{
  ${SECTOR_CARD_FIELDS},
  _updatedAt,
  body[]{${RICH_TEXT_FIELDS}},
  "ventures": *[_type == "${TYPE.venture}" && defined(slug.current) && references(^._id)
    && ^._id in sectors[]._ref] | order(name asc){${VENTURE_CARD_FIELDS}},
  "insights": *[${LISTED_ARTICLE} && references(^._id) && ^._id in sectors[]._ref]
    | order(publishedAt desc, _id asc)[0...3]{${ARTICLE_CARD_FIELDS}},
  seo{${SEO_FIELDS}}
}`)
