import { contentType, isDocumentType } from '@chaffcent/content/content-types'

/** How a tag expires: at once (the next visitor waits for a fresh render) or stale-while-revalidate. */
export type Expiry = { expire: 0 } | 'max'

const AT_ONCE = { expire: 0 } as const

/**
 * The expiry chosen for each tag a publish touches, given what visitors should get while
 * the Content Lake is slow or failing:
 * - The changed document's own tags (its page, its type's lists) expire at once. Editors
 *   expect the next visit to show the publish, and a deletion must never be served again;
 *   the wait is bounded (hosted reads give up after a few seconds) and a failed read serves
 *   the last good result, so the worst a visitor gets is a short wait for the old page.
 * - The site settings go stale ('max'): every page shows them, so expiring them at once
 *   would make every page's next visitor wait on the Lake together. A footer or menu one
 *   visit late costs little; each page re-renders in the background on its next visit.
 * - Another type's tag that only lists it (a sector page for a venture it newly joins, the
 *   home page for an article) goes stale too. Pages already showing the document carry its
 *   own tag and expire at once; these only add it where it was not yet shown.
 */
export function expiryFor(tag: string, changedType: string): Expiry {
  if (isDocumentType(changedType) && contentType(changedType).onEveryPage) return 'max'
  return tag === changedType || tag.startsWith(`${changedType}:`) ? AT_ONCE : 'max'
}
