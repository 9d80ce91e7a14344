import type { QueryParams } from 'next-sanity'
import { embeddedDatasetPath } from '../config'
import { embeddedSource } from '../source/embedded'
import type { Perspective } from '../source/types'

/** Runs a query the way the site does on the embedded source, over the real seed dataset. */
export function runQuery(
  query: string,
  params: QueryParams = {},
  perspective: Perspective = 'published',
) {
  return embeddedSource(embeddedDatasetPath()).query(query, params, perspective)
}
