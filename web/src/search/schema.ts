import { z } from 'zod'
import { SEARCHED_TYPES } from './query'

const nullableText = z
  .string()
  .nullish()
  .transform((value) => value ?? '')
const titles = z
  .array(z.string().nullable())
  .nullish()
  .transform((values) => (values ?? []).filter((value): value is string => Boolean(value)))

/** A document as search reads it (`HIT_FIELDS` in ./query.ts), whichever source answered. */
export const searchDocument = z.object({
  _id: z.string(),
  _type: z.enum(SEARCHED_TYPES),
  slug: z.string(),
  title: z.string().min(1),
  summary: nullableText,
  text: nullableText,
  headings: titles,
  category: nullableText,
  sectors: titles,
})

export type SearchDocument = z.output<typeof searchDocument>

/** The Lake's answer: the count of every hit and one page of them, best first. */
export const lakeAnswer = z.object({ total: z.number().int().min(0), hits: z.array(z.unknown()) })
