import type { LakeDocument } from './dataset'

const DRAFT_PREFIX = 'drafts.'
const VERSION_PREFIX = 'versions.'

export const isDraftId = (id: string) => id.startsWith(DRAFT_PREFIX)
export const isPublishedId = (id: string) => !isDraftId(id) && !id.startsWith(VERSION_PREFIX)
export const publishedIdOf = (id: string) => (isDraftId(id) ? id.slice(DRAFT_PREFIX.length) : id)

/**
 * The documents a perspective sees, as the Content Lake defines them: `raw` every document,
 * `drafts` (and the older `previewDrafts`) drafts laid over their published documents under the
 * published id, anything else (`published`, the default since API 2025-02-19) published only.
 */
export function documentsFor(all: LakeDocument[], perspective: string | null): LakeDocument[] {
  if (perspective === 'raw') return all
  const published = all.filter((doc) => isPublishedId(doc._id))
  if (perspective !== 'drafts' && perspective !== 'previewDrafts') return published
  const byId = new Map(published.map((doc) => [doc._id, doc]))
  for (const doc of all) {
    if (isDraftId(doc._id)) {
      byId.set(publishedIdOf(doc._id), {
        ...doc,
        _id: publishedIdOf(doc._id),
        _originalId: doc._id,
      })
    }
  }
  return [...byId.values()]
}
