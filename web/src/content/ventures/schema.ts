import { z } from 'zod'
import { listOf, richText, seo, slug, text } from '../schemas'

export const VENTURE_STATUS_LABELS = {
  active: 'Active',
  'in-development': 'In development',
  partnership: 'Partnership',
  concluded: 'Concluded',
} as const

export const ventureCardSchema = z.object({
  _id: z.string(),
  _type: z.literal('venture'),
  name: text,
  slug,
  summary: text,
  status: z.enum(Object.keys(VENTURE_STATUS_LABELS) as [keyof typeof VENTURE_STATUS_LABELS]),
})

export type VentureCard = z.output<typeof ventureCardSchema>

const sectorLink = z.object({
  _id: z.string(),
  _type: z.literal('sector'),
  title: text,
  slug,
  summary: text,
})

export const ventureSchema = ventureCardSchema.extend({
  _updatedAt: z.string().nullish(),
  websiteUrl: z.url({ protocol: /^https?$/ }).nullish(),
  body: richText,
  sectors: listOf(sectorLink, 'venture.sectors'),
  seo,
})

export type Venture = z.output<typeof ventureSchema>
