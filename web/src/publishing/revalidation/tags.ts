import { tagsForChange } from '@chaffcent/content'
import type { RevalidationPayload } from './payload'

/**
 * Drafts (`drafts.…`) and release versions (`versions.…`) are not on the published site,
 * so a change to one expires nothing. The webhook's filter should already leave them out;
 * this keeps a too-broad filter from expiring the cache on every keystroke.
 */
const UNPUBLISHED_ID_PREFIXES = ['drafts.', 'versions.'] as const

export function isUnpublishedId(id: string): boolean {
  return UNPUBLISHED_ID_PREFIXES.some((prefix) => id.startsWith(prefix))
}

/** The cache tags a published, changed or deleted document makes stale. */
export function tagsToRevalidate(payload: RevalidationPayload): string[] {
  if (isUnpublishedId(payload._id)) return []
  return tagsForChange({
    _type: payload._type,
    slug: payload.slug,
    previousSlug: payload.previousSlug,
    shownOn: payload.shownOn,
  })
}
