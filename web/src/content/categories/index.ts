import { typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { contractFields } from '../contract'
import { CATEGORY, category, text } from '../schemas'
import { validList } from '../validate'
import { CATEGORIES_QUERY } from './query'

export const categorySchema = category.extend(
  contractFields(CATEGORY, { _id: z.string(), description: text }),
)

export type Category = z.output<typeof categorySchema>

export async function getCategories(): Promise<Category[]> {
  const raw = await readContent(CATEGORIES_QUERY, {}, [typeTag(CATEGORY)])
  return validList(categorySchema, raw, CATEGORY)
}
