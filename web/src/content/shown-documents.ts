import { documentTag, isDocumentType } from '@chaffcent/content'

/**
 * The tag of every document a query result shows by slug (cards, links, categories),
 * so renaming or unpublishing one reaches each page that shows it.
 */
export function shownDocumentTags(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) shownDocumentTags(item, found)
  } else if (typeof value === 'object' && value !== null) {
    const { _type, slug } = value as { _type?: unknown; slug?: unknown }
    if (isDocumentType(_type) && typeof slug === 'string' && slug)
      found.add(documentTag(_type, slug))
    for (const child of Object.values(value)) shownDocumentTags(child, found)
  }
  return found
}
