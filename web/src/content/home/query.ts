import { defineQuery } from 'next-sanity'
import { ARTICLE_CARD_FIELDS, LINK_FIELDS, SEO_FIELDS } from '../fragments'

export const HOME_QUERY = defineQuery(`*[_type == "home" && _id == "home"][0]{
  _id,
  hero{eyebrow, heading, text, primaryAction{${LINK_FIELDS}}, secondaryAction{${LINK_FIELDS}}},
  "featuredSectors": featuredSectors[]->{_id, _type, title, "slug": slug.current, summary},
  "featuredVentures": featuredVentures[]->{_id, _type, name, "slug": slug.current, summary, status},
  "featuredInsights": featuredInsights[]->{${ARTICLE_CARD_FIELDS}},
  seo{${SEO_FIELDS}}
}`)
