import { z } from 'zod'
import { contractFields } from '../contract'
import { listOf, richText, seo, slug, text } from '../schemas'
import { ventureCardSchema } from '../ventures/schema'

export const sectorCardSchema = z.object(
  contractFields('sector', {
    _id: z.string(),
    _type: z.literal('sector'),
    title: text,
    slug,
    summary: text,
  }),
)

export type SectorCard = z.output<typeof sectorCardSchema>

export const sectorSchema = sectorCardSchema.extend(
  contractFields('sector', {
    _updatedAt: z.string().nullish(),
    body: richText,
    ventures: listOf(ventureCardSchema, 'sector.ventures'),
    seo,
  }),
)

export type Sector = z.output<typeof sectorSchema>
