import { z } from 'zod'
import {
  articleCard,
  category,
  isoDate,
  listOf,
  optionalText,
  richText,
  seo,
  slug,
  text,
} from '../schemas'

export const articleSchema = z.object({
  _id: z.string(),
  _type: z.literal('article'),
  _updatedAt: z.string().nullish(),
  title: text,
  slug,
  excerpt: text,
  byline: optionalText,
  publishedAt: isoDate,
  readTimeMinutes: z.number().int().positive().nullish(),
  category,
  body: richText,
  related: listOf(articleCard, 'article.related'),
  newestInCategory: listOf(articleCard, 'article.newestInCategory'),
  seo,
})

export type Article = z.output<typeof articleSchema>

export const articleSlugsSchema = z.object({ slug })
