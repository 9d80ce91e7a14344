import { TYPE } from '@chaffcent/content/content-types'
import { VENTURE_STATUS_VALUES } from '@chaffcent/content/venture-status'
import { z } from 'zod'
import { image } from '../../images/schema'
import { contractFields } from '../contract'
import { sectorCardSchema } from '../sectors/card'
import { cleanString } from '../stega'
import { listOf, option, richText, seo, slug, text } from '../schemas'

/** The document type this folder reads, named once for its schemas, tags and log lines. */
export const VENTURE = TYPE.venture

export const ventureCardSchema = z.object(
  contractFields(VENTURE, {
    _id: z.string(),
    _type: z.literal(VENTURE),
    name: text,
    slug,
    summary: text,
    status: option(VENTURE_STATUS_VALUES),
    logo: image,
  }),
)

export type VentureCard = z.output<typeof ventureCardSchema>

export const ventureSchema = ventureCardSchema.extend(
  contractFields(VENTURE, {
    _updatedAt: z.string().nullish(),
    websiteUrl: cleanString.pipe(z.url({ protocol: /^https?$/ })),
    body: richText,
    sectors: listOf(sectorCardSchema, 'venture.sectors'),
    seo,
  }),
)

export type Venture = z.output<typeof ventureSchema>
