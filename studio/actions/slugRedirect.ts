import { RENAMEABLE_TYPES } from '@chaffcent/content'
import { hrefFor } from '@chaffcent/content/routes'
import { destinationPath, redirectSource } from '@chaffcent/content/redirects'

/** Whether this type's address comes from a slug editors may change (the content-type table says). */
export const isRenameable = (type: string) => (RENAMEABLE_TYPES as readonly string[]).includes(type)

/** A published redirect, as the action reads it before publishing. */
export interface StoredRedirect {
  _id: string
  source: string
  destination: string
}

/** A document as stored: its slug is `{ current }`, when it has one. */
type Stored = Record<string, unknown>
const slugOf = (doc: Stored | null) => (doc?.slug as { current?: string } | null)?.current

/** What publishing a renamed document does to the redirects, so no address is lost. */
export interface RedirectPlan {
  /** The document's new address, where every redirect in the plan now leads. */
  destination: string
  /** The new redirect from the old address, unless one from there is retargeted instead. */
  create?: { source: string; destination: string; permanent: true }
  /** Redirects that would now lead to the old address (a chain), or start from it: sent to the new one. */
  retarget: string[]
  /** Redirects from the new address: the page is back there, and they would hide it. */
  remove: string[]
}

/**
 * Given a document as published and as about to be published, and the published redirects,
 * what to change so the old address leads to the new one in one step; null when the address
 * stays the same (or the document has never been published).
 */
export function planSlugRedirect(
  type: string,
  published: Stored | null,
  draft: Stored | null,
  redirects: readonly StoredRedirect[],
): RedirectPlan | null {
  if (!isRenameable(type)) return null
  const oldPath = hrefFor({ _type: type, slug: slugOf(published) })
  const newPath = hrefFor({ _type: type, slug: slugOf(draft) })
  if (!oldPath || !newPath || oldPath === newPath) return null

  const fromNew = redirects.filter(({ source }) => redirectSource(source) === newPath)
  const kept = redirects.filter((redirect) => !fromNew.includes(redirect))
  const toOld = kept.filter(({ destination }) => destinationPath(destination) === oldPath)
  const fromOld = kept.filter(({ source }) => redirectSource(source) === oldPath)
  return {
    destination: newPath,
    ...(fromOld.length === 0 && {
      create: { source: oldPath, destination: newPath, permanent: true },
    }),
    retarget: [...toOld, ...fromOld].map(({ _id }) => _id),
    remove: fromNew.map(({ _id }) => _id),
  }
}
