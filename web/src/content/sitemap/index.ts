import { DOCUMENT_TYPES } from '@chaffcent/content'
import { typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { slug } from '../schemas'
import { validList } from '../validate'
import { SITEMAP_QUERY } from './query'

export const sitemapEntrySchema = z.object({
  _type: z.enum(DOCUMENT_TYPES),
  slug,
  lastModified: z.string().nullish(),
})

export type SitemapEntry = z.output<typeof sitemapEntrySchema>

export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const raw = await readContent(
    SITEMAP_QUERY,
    {},
    (['article', 'sector', 'venture', 'legalDocument', 'page'] as const).map(typeTag),
  )
  return validList(sitemapEntrySchema, raw, 'sitemap entry')
}
