import { LEGAL_SLUGS } from '@chaffcent/content/routes'
import { SITEMAP_TYPES, TYPE } from '@chaffcent/content/content-types'
import { typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { ARTICLE, articleCard, category, isoDate, option, slug, text } from '../schemas'
import { sectorCardSchema } from '../sectors/card'
import { validList } from '../validate'
import { ventureCardSchema } from '../ventures/schema'
import { SITEMAP_DATES_QUERY, SITEMAP_PARAMS, SITEMAP_QUERY } from './query'

const lastModified = { lastModified: z.string().nullish() }

/** Each type as its own list or page requires it: what fails here would 404, so it is left out. */
export const sitemapEntrySchema = z.discriminatedUnion('_type', [
  articleCard.extend(lastModified),
  category.extend({ _id: z.string(), ...lastModified }),
  sectorCardSchema.extend(lastModified),
  // A venture's page does without its logo.
  ventureCardSchema.omit({ logo: true }).extend(lastModified),
  z.object({
    _id: z.string(),
    _type: z.literal(TYPE.legalDocument),
    slug: option(LEGAL_SLUGS),
    title: text,
    effectiveDate: isoDate,
    ...lastModified,
  }),
  z.object({
    _id: z.string(),
    _type: z.literal(TYPE.page),
    slug,
    title: text,
    ...lastModified,
  }),
])

export type SitemapEntry = z.output<typeof sitemapEntrySchema>

export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const raw = await readContent(SITEMAP_QUERY, SITEMAP_PARAMS, SITEMAP_TYPES.map(typeTag))
  return validList(sitemapEntrySchema, raw, 'sitemap entry')
}

const updatedAt = z.string().nullish()

export const sitemapDatesSchema = z.object({
  home: updatedAt,
  listingPages: z.array(z.object({ _id: z.string(), _updatedAt: updatedAt })),
  articles: z.array(z.object({ category: z.string().nullish(), _updatedAt: updatedAt })),
})

export type SitemapDates = z.output<typeof sitemapDatesSchema>

/** What the listings' lastmod is worked out from (see SITEMAP_DATES_QUERY). */
export async function getSitemapDates(): Promise<SitemapDates> {
  const tags = (['home', 'listingPage', ARTICLE] as const).map(typeTag)
  return sitemapDatesSchema.parse(await readContent(SITEMAP_DATES_QUERY, {}, tags))
}
