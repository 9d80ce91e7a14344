import { z } from 'zod'
import { contentSource } from '../source'
import { KNOWN_SLUGS_QUERY } from './query'

const slugs = z
  .array(z.string())
  .nullish()
  .transform((list) => new Set(list ?? []))

export const knownSlugsSchema = z.object({
  article: slugs,
  category: slugs,
  sector: slugs,
  venture: slugs,
})

export type KnownSlugs = z.output<typeof knownSlugsSchema>
export type SluggedType = keyof KnownSlugs

/**
 * The published slugs, read straight from the content source in one query. The proxy
 * asks for this (it runs outside the page cache), at most once every few seconds.
 */
export async function loadKnownSlugs(): Promise<KnownSlugs> {
  return knownSlugsSchema.parse(await contentSource().query(KNOWN_SLUGS_QUERY, {}, 'published'))
}
