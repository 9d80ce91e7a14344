import { typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { articleCard, link, listOf, optionalText, seo, text } from '../schemas'
import { sectorCardSchema } from '../sectors/schema'
import { ventureCardSchema } from '../ventures/schema'
import { validDocument } from '../validate'
import { HOME_QUERY } from './query'

export const homeSchema = z.object({
  _id: z.string(),
  hero: z.object({
    eyebrow: optionalText,
    heading: text,
    text: optionalText,
    primaryAction: link,
    secondaryAction: link.nullish().transform((value) => value ?? undefined),
  }),
  featuredSectors: listOf(sectorCardSchema, 'home.featuredSectors'),
  featuredVentures: listOf(ventureCardSchema, 'home.featuredVentures'),
  featuredInsights: listOf(articleCard, 'home.featuredInsights'),
  seo,
})

export type Home = z.output<typeof homeSchema>

export async function getHome(): Promise<Home | null> {
  const raw = await readContent(HOME_QUERY, {}, [typeTag('home')])
  return validDocument(homeSchema, raw, 'home')
}
