import { LEGAL_SLUGS } from '@chaffcent/content/routes'
import { documentTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { contractFields } from '../contract'
import { isoDate, richText, seo, text } from '../schemas'
import { validDocument } from '../validate'
import { LEGAL_DOCUMENT_QUERY } from './query'

export const legalDocumentSchema = z.object(
  contractFields('legalDocument', {
    _id: z.string(),
    _type: z.literal('legalDocument'),
    _updatedAt: z.string().nullish(),
    title: text,
    slug: z.enum(LEGAL_SLUGS),
    summary: text,
    effectiveDate: isoDate,
    lastReviewedDate: isoDate,
    body: richText,
    seo,
  }),
)

export type LegalDocument = z.output<typeof legalDocumentSchema>

export async function getLegalDocument(slug: string): Promise<LegalDocument | null> {
  const raw = await readContent(LEGAL_DOCUMENT_QUERY, { slug }, [
    documentTag('legalDocument', slug),
  ])
  return validDocument(legalDocumentSchema, raw, 'legalDocument')
}
