import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'

/**
 * Every published redirect, the proxy's map of old addresses. Oldest first, so of two
 * redirects from one address (the studio refuses that) the same one always wins.
 */
export const REDIRECTS_QUERY =
  defineQuery(`*[_type == "${TYPE.redirect}"] | order(_createdAt asc, _id asc) {
  _id,
  source,
  destination,
  permanent
}`)
