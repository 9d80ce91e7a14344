import type { DocumentType } from '@chaffcent/content'

/** The documents that have a page of their own, and so can be linked to. */
export const LINKABLE_TYPES = [
  'article',
  'sector',
  'venture',
  'page',
  'legalDocument',
] as const satisfies readonly DocumentType[]

export const linkableReferenceTargets = LINKABLE_TYPES.map((type) => ({ type }))
