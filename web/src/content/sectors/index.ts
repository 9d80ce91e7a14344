import { documentTag, typeTag } from '@chaffcent/content/tags'
import { readContent } from '../fetch'
import { ARTICLE } from '../schemas'
import { validDocument, validList } from '../validate'
import { SECTOR_QUERY, SECTORS_QUERY } from './query'
import { SECTOR, type SectorCard, sectorCardSchema } from './card'
import { sectorSchema, type Sector } from './schema'

export type { Sector, SectorCard }
export { moreInsightsLink } from './more-insights'

/** Sectors in the order editors arranged them. */
export async function getSectors(): Promise<SectorCard[]> {
  const raw = await readContent(SECTORS_QUERY, {}, [typeTag(SECTOR)])
  return validList(sectorCardSchema, raw, SECTOR)
}

/**
 * One sector with its ventures and newest insights. The article type tag, as every list of
 * articles carries it: any publish can change the newest, and a scheduled one appears on time.
 * A venture joining or leaving the sector reaches the page through the sector's own tag
 * (`shownBy` in the content-type table).
 */
export async function getSector(slug: string): Promise<Sector | null> {
  const raw = await readContent(SECTOR_QUERY, { slug }, [
    documentTag(SECTOR, slug),
    typeTag(ARTICLE),
  ])
  return validDocument(sectorSchema, raw, SECTOR)
}
