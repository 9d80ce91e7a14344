import { SLUGGED_TYPES, type SluggedType } from '@chaffcent/content/content-types'
import { z } from 'zod'
import { contentSource } from '../source'
import { KNOWN_SLUGS_PARAMS, KNOWN_SLUGS_QUERY } from './query'

export const knownSlugsSchema = z.array(
  z.object({ _type: z.enum(SLUGGED_TYPES), slug: z.string() }),
)

export type KnownSlugs = Record<SluggedType, Set<string>>
export type { SluggedType }

/** The published slugs of each type, as the proxy looks them up. */
export function bySluggedType(rows: z.output<typeof knownSlugsSchema>): KnownSlugs {
  const known = Object.fromEntries(SLUGGED_TYPES.map((type) => [type, new Set<string>()]))
  for (const { _type, slug } of rows) known[_type]!.add(slug)
  return known as KnownSlugs
}

/**
 * The published slugs, read straight from the content source in one query. The proxy
 * asks for this (it runs outside the page cache), at most once every few seconds.
 */
export async function loadKnownSlugs(): Promise<KnownSlugs> {
  const rows = await contentSource().query(KNOWN_SLUGS_QUERY, KNOWN_SLUGS_PARAMS, 'published')
  return bySluggedType(knownSlugsSchema.parse(rows))
}
