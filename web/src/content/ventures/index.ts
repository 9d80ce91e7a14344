import { documentTag, typeTag } from '@chaffcent/content/tags'
import { readContent } from '../fetch'
import { validDocument, validList } from '../validate'
import { VENTURE_QUERY, VENTURES_QUERY } from './query'
import { VENTURE, ventureCardSchema, ventureSchema, type Venture, type VentureCard } from './schema'

export type { Venture, VentureCard }

export async function getVentures(): Promise<VentureCard[]> {
  const raw = await readContent(VENTURES_QUERY, {}, [typeTag(VENTURE)])
  return validList(ventureCardSchema, raw, VENTURE)
}

export async function getVenture(slug: string): Promise<Venture | null> {
  const raw = await readContent(VENTURE_QUERY, { slug }, [documentTag(VENTURE, slug)])
  return validDocument(ventureSchema, raw, VENTURE)
}
