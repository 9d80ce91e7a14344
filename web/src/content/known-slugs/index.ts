import { z } from 'zod'
import { contentSource } from '../source'
import { KNOWN_SLUGS_QUERY } from './query'

const slugs = z
  .array(z.string())
  .nullish()
  .transform((list) => new Set(list ?? []))

const count = z.number().int().nonnegative()

/** How many articles each Insights listing holds: all of them, and each category's by slug. */
const listed = z.object({
  all: count,
  category: z
    .array(z.object({ slug: z.string(), count }))
    .nullish()
    .transform((list) => new Map((list ?? []).map(({ slug, count }) => [slug, count]))),
})

export const knownSlugsSchema = z.object({
  article: slugs,
  category: slugs,
  sector: slugs,
  venture: slugs,
  listed,
})

export type KnownSlugs = z.output<typeof knownSlugsSchema>
export type SluggedType = Exclude<keyof KnownSlugs, 'listed'>
/** A paginated listing: every article, or one category's. */
export type Listing = { of: 'all' } | { of: 'category'; slug: string }

/**
 * The published slugs, read straight from the content source in one query. The proxy
 * asks for this (it runs outside the page cache), at most once every few seconds.
 */
export async function loadKnownSlugs(): Promise<KnownSlugs> {
  return knownSlugsSchema.parse(await contentSource().query(KNOWN_SLUGS_QUERY, {}, 'published'))
}
