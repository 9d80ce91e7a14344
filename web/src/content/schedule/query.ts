import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { PUBLISHED_BY_NOW } from '../fragments'

/** When the next scheduled article's time comes: the earliest not yet published by now, or null. */
export const NEXT_SCHEDULED_QUERY =
  defineQuery(`*[_type == "${TYPE.article}" && !(${PUBLISHED_BY_NOW})]
  | order(publishedAt asc)[0].publishedAt`)
