import { TYPE } from '@chaffcent/content/content-types'
import { hrefFor, LEGAL_SLUGS } from '@chaffcent/content/routes'
import { documentTag, typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { contractFields } from '../contract'
import { isoDate, option, richText, seo, text } from '../schemas'
import { validDocument, validList } from '../validate'
import { LEGAL_DOCUMENT_QUERY, LEGAL_LINKS_QUERY } from './query'

export const legalDocumentSchema = z.object(
  contractFields(TYPE.legalDocument, {
    _id: z.string(),
    _type: z.literal(TYPE.legalDocument),
    _updatedAt: z.string().nullish(),
    title: text,
    slug: option(LEGAL_SLUGS),
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
    documentTag(TYPE.legalDocument, slug),
  ])
  return validDocument(legalDocumentSchema, raw, TYPE.legalDocument)
}

const legalLinkSchema = z.object({
  _type: z.literal(TYPE.legalDocument),
  title: text,
  slug: option(LEGAL_SLUGS),
})

/**
 * The footer's legal links, labelled with each document's own title, in the site's fixed
 * order. A document that is missing or broken is left out rather than linked to a 404.
 */
export async function getLegalLinks(): Promise<LegalLink[]> {
  return legalLinksFrom(await readContent(LEGAL_LINKS_QUERY, {}, [typeTag(TYPE.legalDocument)]))
}

export interface LegalLink {
  href: string
  label: string
}

export function legalLinksFrom(raw: unknown): LegalLink[] {
  const documents = validList(legalLinkSchema, raw, 'legal link')
  return LEGAL_SLUGS.flatMap((slug) => {
    const doc = documents.find((candidate) => candidate.slug === slug)
    return doc ? [{ href: hrefFor(doc)!, label: doc.title }] : []
  })
}
