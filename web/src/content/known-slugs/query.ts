import { PAGED_TYPES, SLUGGED_TYPES } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { LISTED_ARTICLE, PUBLISHED_IF_DATED } from '../fragments'

/**
 * Every published slug of the `$types` whose pages take any slug, and how many articles each
 * Insights listing holds (all of them, and those filed under each document of the `$paged`
 * types, a category): what the proxy lets through. A scheduled article (the only type with a
 * publication time) is unknown until its time; the next miss after it reloads the slugs.
 */
export const KNOWN_SLUGS_QUERY = defineQuery(`{
  "slugs": *[_type in $types && defined(slug.current) && ${PUBLISHED_IF_DATED}]{
    _type,
    "slug": slug.current
  },
  "all": count(*[${LISTED_ARTICLE}]),
  "paged": *[_type in $paged && defined(slug.current)]{
    _type,
    "slug": slug.current,
    "count": count(*[${LISTED_ARTICLE} && references(^._id)])
  }
}`)

/** The types the query asks about, from the content-type table. */
export const KNOWN_SLUGS_PARAMS = { types: SLUGGED_TYPES, paged: PAGED_TYPES }
