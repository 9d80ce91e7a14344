import { z } from 'zod'
import { contractFields } from '../contract'
import { articleCard, listOf, richText, seo } from '../schemas'
import { ventureCardSchema } from '../ventures/schema'
import { SECTOR, sectorCardSchema } from './card'

export const sectorSchema = sectorCardSchema.extend(
  contractFields(SECTOR, {
    _updatedAt: z.string().nullish(),
    body: richText,
    ventures: listOf(ventureCardSchema, 'sector.ventures'),
    insights: listOf(articleCard, 'sector.insights'),
    seo,
  }),
)

export type Sector = z.output<typeof sectorSchema>
