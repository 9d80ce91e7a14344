import { typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { optionalText, slug, text } from '../schemas'
import { validList } from '../validate'
import { CATEGORIES_QUERY } from './query'

export const categorySchema = z.object({
  _id: z.string(),
  _type: z.literal('category'),
  title: text,
  slug,
  description: optionalText,
})

export type Category = z.output<typeof categorySchema>

export async function getCategories(): Promise<Category[]> {
  const raw = await readContent(CATEGORIES_QUERY, {}, [typeTag('category')])
  return validList(categorySchema, raw, 'category')
}
