import { TYPE } from '@chaffcent/content/content-types'
import type { ListingRoute } from '@chaffcent/content/content-types'
import { LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import { typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { contractFields } from '../contract'
import { readContent } from '../fetch'
import { seo, text } from '../schemas'
import { validDocument } from '../validate'
import { LISTING_PAGE_QUERY } from './query'

export const listingPageSchema = z.object(
  contractFields(TYPE.listingPage, { _id: z.string(), eyebrow: text, intro: text, seo }),
)

export type ListingPageCopy = z.output<typeof listingPageSchema>

/**
 * The editors' copy for the Insights, Sectors or Ventures listing. Null (missing or broken)
 * leaves the eyebrow and introduction out; the list itself still renders.
 */
export async function getListingPage(route: ListingRoute): Promise<ListingPageCopy | null> {
  const raw = await readContent(LISTING_PAGE_QUERY, { id: LISTING_PAGE_IDS[route] }, [
    typeTag(TYPE.listingPage),
  ])
  return validDocument(listingPageSchema, raw, LISTING_PAGE_IDS[route])
}
