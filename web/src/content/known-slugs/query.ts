import { defineQuery } from 'next-sanity'
import { LISTED_ARTICLE, PUBLISHED_BY_NOW } from '../fragments'

/**
 * Every published slug of the types whose pages take any slug, and how many articles each
 * Insights listing holds (all of them, and each category's): what the proxy lets through.
 * A scheduled article is unknown until its time; the next miss after it reloads the slugs.
 */
export const KNOWN_SLUGS_QUERY = defineQuery(`{
  "article": *[_type == "article" && defined(slug.current) && ${PUBLISHED_BY_NOW}].slug.current,
  "category": *[_type == "category" && defined(slug.current)].slug.current,
  "sector": *[_type == "sector" && defined(slug.current)].slug.current,
  "venture": *[_type == "venture" && defined(slug.current)].slug.current,
  "listed": {
    "all": count(*[${LISTED_ARTICLE}]),
    "category": *[_type == "category" && defined(slug.current)]{
      "slug": slug.current,
      "count": count(*[${LISTED_ARTICLE} && category._ref == ^._id])
    }
  }
}`)
