import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { SEO_FIELDS } from '../fragments'

/** A listing page's own copy, by its fixed id. */
export const LISTING_PAGE_QUERY = defineQuery(`*[_type == "${TYPE.listingPage}" && _id == $id][0]{
  _id,
  eyebrow,
  intro,
  seo{${SEO_FIELDS}}
}`)
