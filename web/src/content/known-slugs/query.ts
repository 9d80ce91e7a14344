import { SLUGGED_TYPES } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { PUBLISHED_BY_NOW } from '../fragments'

/**
 * Every published slug of the `$types` whose pages take any slug: what the proxy lets through.
 * A scheduled article (the only type with a publication time) is unknown until its time; the
 * next miss after it reloads the slugs.
 */
export const KNOWN_SLUGS_QUERY = defineQuery(`*[
  _type in $types && defined(slug.current) && (!defined(publishedAt) || ${PUBLISHED_BY_NOW})
]{_type, "slug": slug.current}`)

/** The types the query asks about, from the content-type table. */
export const KNOWN_SLUGS_PARAMS = { types: SLUGGED_TYPES }
