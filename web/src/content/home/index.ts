import { typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { contractFields } from '../contract'
import { articleCard, link, listOf, seo, text } from '../schemas'
import { sectorCardSchema } from '../sectors/schema'
import { ventureCardSchema } from '../ventures/schema'
import { sharedDocument } from '../shared-document'
import { HOME_QUERY } from './query'

const hero = z.object(
  contractFields('hero', {
    eyebrow: text,
    heading: text,
    text,
    primaryAction: link,
    secondaryAction: link,
  }),
)

export const homeSchema = z.object(
  contractFields('home', {
    _id: z.string(),
    hero,
    featuredSectors: listOf(sectorCardSchema, 'home.featuredSectors'),
    featuredVentures: listOf(ventureCardSchema, 'home.featuredVentures'),
    featuredInsights: listOf(articleCard, 'home.featuredInsights'),
    seo,
  }),
)

export type Home = z.output<typeof homeSchema>

/** The home page; a broken publish keeps its last good version (see `sharedDocument`). */
export async function getHome(): Promise<Home | null> {
  const raw = await readContent(HOME_QUERY, {}, [typeTag('home')])
  return sharedDocument(homeSchema, raw, 'home')
}
