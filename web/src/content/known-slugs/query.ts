import { defineQuery } from 'next-sanity'
import { PUBLISHED_BY_NOW } from '../fragments'

/**
 * Every published slug of the types whose pages take any slug: what the proxy lets through.
 * A scheduled article is unknown until its time; the next miss after it reloads the slugs.
 */
export const KNOWN_SLUGS_QUERY = defineQuery(`{
  "article": *[_type == "article" && defined(slug.current) && ${PUBLISHED_BY_NOW}].slug.current,
  "category": *[_type == "category" && defined(slug.current)].slug.current,
  "sector": *[_type == "sector" && defined(slug.current)].slug.current,
  "venture": *[_type == "venture" && defined(slug.current)].slug.current
}`)
