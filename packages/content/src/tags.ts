import { shownBy, shownThrough, type DocumentType } from './content-types'

/**
 * Cache tags, shared by the reads that set them and the webhook that revalidates them.
 * A read carries the tag of each document type it lists (an article's type) and of each
 * document it shows by slug (`article:my-slug`), so a publish can reach exactly the
 * pages that show what changed.
 */
export function typeTag(type: DocumentType): string {
  return type
}

export function documentTag(type: DocumentType, slug: string): string {
  return `${type}:${slug}`
}

/** What the revalidation webhook knows about a published, changed or deleted document. */
export interface ChangedDocument {
  _type: DocumentType
  slug?: string | null
  previousSlug?: string | null
  /**
   * The slugs of the documents it names, before and after the change, per reference field it
   * is shown through (`shownThrough`); null where a reference leads to no published document.
   */
  shownOn?: Readonly<Record<string, readonly (string | null | undefined)[] | null>> | null
}

/** Every tag a change to this document makes stale, without repeats. */
export function tagsForChange(doc: ChangedDocument): string[] {
  const tags = new Set<string>([typeTag(doc._type)])
  for (const slug of [doc.slug, doc.previousSlug]) {
    if (slug) tags.add(documentTag(doc._type, slug))
  }
  // The pages of other types that show this one's fields (an article shows its category's title).
  for (const type of shownBy(doc._type)) tags.add(typeTag(type))
  // The pages of the documents it names that list it (a sector's page, its ventures).
  for (const { type, through } of shownThrough(doc._type)) {
    for (const slug of doc.shownOn?.[through] ?? []) if (slug) tags.add(documentTag(type, slug))
  }
  return [...tags]
}
