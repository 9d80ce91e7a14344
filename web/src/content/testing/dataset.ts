import path from 'node:path'
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

const besideSeed = (name: string) => path.join(path.dirname(embeddedDatasetPath()), name)

/**
 * The datasets the content contract is tested over: the seed, the seed with every field
 * filled, and the studio's smallest publishable versions of it (`studio/seed/build-smallest.ts`).
 */
export const CONTRACT_DATASETS = {
  seed: embeddedDatasetPath(),
  largest: besideSeed('largest.ndjson'),
  smallest: besideSeed('smallest.ndjson'),
  sparse: besideSeed('sparse.ndjson'),
} as const

/** Runs a query over one NDJSON dataset, published perspective, at `now` (GROQ's `now()`). */
export function queryOver(file: string, now?: Date) {
  const source = embeddedSource(file, now && (() => now))
  return (query: string, params: QueryParams = {}) => source.query(query, params, 'published')
}

/** The Insights index's parameters for one page holding every article (tests compare it with the dataset). */
export const WHOLE_INDEX = (category: string | null) => ({ category, start: 0, end: 1_000_000 })

/** The articles of an Insights index page, as `ARTICLE_INDEX_QUERY` answers them. */
export const indexArticles = (page: unknown) => (page as { articles: unknown[] }).articles
