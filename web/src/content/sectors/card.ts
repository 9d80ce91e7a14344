import { z } from 'zod'
import { contractFields } from '../contract'
import { slug, text } from '../schemas'

/** A sector as cards and venture pages show it; its own module so ventures can use it too. */
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
