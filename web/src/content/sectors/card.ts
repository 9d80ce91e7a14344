import { TYPE } from '@chaffcent/content/content-types'
import { z } from 'zod'
import { contractFields } from '../contract'
import { slug, text } from '../schemas'

/** A sector as cards and venture pages show it; its own module so ventures can use it too. */
/** The document type this folder reads, named once for its schemas, tags and log lines. */
export const SECTOR = TYPE.sector

export const sectorCardSchema = z.object(
  contractFields(SECTOR, {
    _id: z.string(),
    _type: z.literal(SECTOR),
    title: text,
    slug,
    summary: text,
  }),
)

export type SectorCard = z.output<typeof sectorCardSchema>
