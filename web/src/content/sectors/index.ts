import { documentTag, typeTag } from '@chaffcent/content/tags'
import { readContent } from '../fetch'
import { validDocument, validList } from '../validate'
import { SECTOR_QUERY, SECTORS_QUERY } from './query'
import { SECTOR, type SectorCard, sectorCardSchema } from './card'
import { sectorSchema, type Sector } from './schema'

export type { Sector, SectorCard }

/** Sectors in the order editors arranged them. */
export async function getSectors(): Promise<SectorCard[]> {
  const raw = await readContent(SECTORS_QUERY, {}, [typeTag(SECTOR)])
  return validList(sectorCardSchema, raw, SECTOR)
}

export async function getSector(slug: string): Promise<Sector | null> {
  const raw = await readContent(SECTOR_QUERY, { slug }, [documentTag(SECTOR, slug)])
  return validDocument(sectorSchema, raw, SECTOR)
}
