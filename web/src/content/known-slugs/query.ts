import { defineQuery } from 'next-sanity'

/** Every published slug of the types whose pages take any slug: what the proxy lets through. */
export const KNOWN_SLUGS_QUERY = defineQuery(`{
  "article": *[_type == "article" && defined(slug.current)].slug.current,
  "category": *[_type == "category" && defined(slug.current)].slug.current,
  "sector": *[_type == "sector" && defined(slug.current)].slug.current,
  "venture": *[_type == "venture" && defined(slug.current)].slug.current
}`)
