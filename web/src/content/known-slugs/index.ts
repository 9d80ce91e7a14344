import {
  PAGED_TYPES,
  SLUGGED_TYPES,
  type PagedType,
  type SluggedType,
} from '@chaffcent/content/content-types'
import { z } from 'zod'
import { contentSource } from '../source'
import { KNOWN_SLUGS_PARAMS, KNOWN_SLUGS_QUERY } from './query'

const count = z.number().int().nonnegative()

/** The published slugs of each type, and how many articles each Insights listing holds. */
export type KnownSlugs = Record<SluggedType, Set<string>> & {
  listed: { all: number } & Record<PagedType, Map<string, number>>
}
export type { SluggedType }
/** A paginated listing: every article, or those filed under one document (a category). */
export type Listing = { of: 'all' } | { of: PagedType; slug: string }

export const knownSlugsSchema = z
  .object({
    slugs: z.array(z.object({ _type: z.enum(SLUGGED_TYPES), slug: z.string() })),
    all: count,
    paged: z.array(z.object({ _type: z.enum(PAGED_TYPES), slug: z.string(), count })),
  })
  .transform(({ slugs, all, paged }): KnownSlugs => {
    const known = Object.fromEntries(SLUGGED_TYPES.map((type) => [type, new Set<string>()]))
    for (const { _type, slug } of slugs) known[_type]!.add(slug)
    const listed = Object.fromEntries(PAGED_TYPES.map((type) => [type, new Map<string, number>()]))
    for (const { _type, slug, count } of paged) listed[_type]!.set(slug, count)
    return { ...known, listed: { ...listed, all } } as KnownSlugs
  })

/**
 * The published slugs, read straight from the content source in one query. The proxy
 * asks for this (it runs outside the page cache), at most once every few seconds.
 */
export async function loadKnownSlugs(): Promise<KnownSlugs> {
  const raw = await contentSource().query(KNOWN_SLUGS_QUERY, KNOWN_SLUGS_PARAMS, 'published')
  return knownSlugsSchema.parse(raw)
}
