import type { KnownSlugs, SluggedType } from '@/content/known-slugs'
import { reloading, staleFlag } from './reloading'

/** Set by the webhook when a publish may have added or renamed a slug. */
const stale = staleFlag('known-slugs')
export const markKnownSlugsStale = stale.mark

interface SlugBookOptions {
  load: () => Promise<KnownSlugs>
  now?: () => number
}

/**
 * The published slugs, loaded once and reloaded on a miss when a publish has happened
 * since or the last load is a few seconds old. One load at a time; if loading fails the
 * address is let through (the page then decides), never refused on a guess.
 */
export function slugBook({ load, now }: SlugBookOptions) {
  const slugs = reloading({ load, stale, now })

  return {
    async isPublished(type: SluggedType, slug: string): Promise<boolean> {
      try {
        const known = slugs.current() ?? (await slugs.reload())
        if (known[type].has(slug)) return true
        if (!slugs.mayBeOutdated()) return false
        return (await slugs.reload())[type].has(slug)
      } catch (error) {
        console.error(
          '[routing] could not load the published slugs; letting the address through',
          error,
        )
        return true
      }
    },
  }
}
