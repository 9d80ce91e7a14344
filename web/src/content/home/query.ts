import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import {
  ARTICLE_CARD_FIELDS,
  LINK_FIELDS,
  LISTED_ARTICLE,
  PUBLISHED_BY_NOW,
  SEO_FIELDS,
  VENTURE_CARD_FIELDS,
} from '../fragments'

/** The home page; its articles are the ones an editor pinned, else the newest `$latestCount`. */
export const HOME_QUERY = defineQuery(`*[_type == "${TYPE.home}" && _id == "${TYPE.home}"][0]{
  _id,
  hero{eyebrow, heading, text, primaryAction{${LINK_FIELDS}}, secondaryAction{${LINK_FIELDS}}},
  "featuredSectors": featuredSectors[]->{_id, _type, title, "slug": slug.current, summary},
  "featuredVentures": featuredVentures[]->{${VENTURE_CARD_FIELDS}},
  "pinnedInsights": featuredInsights[@->${PUBLISHED_BY_NOW}]->{${ARTICLE_CARD_FIELDS}},
  "latestInsights": *[${LISTED_ARTICLE}]
    | order(publishedAt desc, _id asc)[0...$latestCount]{${ARTICLE_CARD_FIELDS}},
  seo{${SEO_FIELDS}}
}`)
