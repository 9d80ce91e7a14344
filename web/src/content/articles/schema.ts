import { z } from 'zod'
import { image } from '../../images/schema'
import { contractFields } from '../contract'
import {
  ARTICLE,
  articleCard,
  category,
  isoDate,
  listOf,
  richText,
  seo,
  slug,
  text,
} from '../schemas'
import { author } from '../people/schema'

export const articleSchema = z.object(
  contractFields(ARTICLE, {
    _id: z.string(),
    _type: z.literal(ARTICLE),
    _updatedAt: z.string().nullish(),
    title: text,
    slug,
    excerpt: text,
    authors: listOf(author, 'article.authors'),
    publishedAt: isoDate,
    readTimeMinutes: z.number().int().positive(),
    category,
    body: richText,
    coverImage: image,
    related: listOf(articleCard, 'article.related'),
    newestInCategory: listOf(articleCard, 'article.newestInCategory'),
    seo,
  }),
)

export type Article = z.output<typeof articleSchema>

export const articleSlugsSchema = z.object({ slug })
