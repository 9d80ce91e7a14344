import { documentTag, isDocumentType } from '@chaffcent/content'
import { stegaClean } from './stega'

/**
 * The tag of every document a query result shows by slug (cards, links, categories),
 * so renaming or unpublishing one reaches each page that shows it. Read from the raw result,
 * so a slug is cleaned of any click-to-edit marks here.
 */
export function shownDocumentTags(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) shownDocumentTags(item, found)
  } else if (typeof value === 'object' && value !== null) {
    const { _type, slug } = value as { _type?: unknown; slug?: unknown }
    if (isDocumentType(_type) && typeof slug === 'string' && slug)
      found.add(documentTag(_type, stegaClean(slug)))
    for (const child of Object.values(value)) shownDocumentTags(child, found)
  }
  return found
}
