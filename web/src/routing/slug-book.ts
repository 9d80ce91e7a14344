import { pageCountOf } from '@/content/articles/pagination'
import type { KnownSlugs, Listing, SluggedType } from '@/content/known-slugs'
import { reloading, staleFlag } from './reloading'

/** Set by the webhook when a publish may have added or renamed a slug. */
const stale = staleFlag('known-slugs')
export const markKnownSlugsStale = stale.mark

interface SlugBookOptions {
  load: () => Promise<KnownSlugs>
  now?: () => number
}

/** How many articles a listing holds; none for a document (a category) nobody published. */
function listed(known: KnownSlugs, listing: Listing): number | undefined {
  return listing.of === 'all' ? known.listed.all : known.listed[listing.of].get(listing.slug)
}

/**
 * The published slugs and the listings' sizes, loaded once and reloaded on a miss when a
 * publish has happened since or the last load is a few seconds old. One load at a time; if
 * loading fails the address is let through (the page then decides), never refused on a guess.
 */
export function slugBook({ load, now }: SlugBookOptions) {
  const slugs = reloading({ load, stale, now })

  async function holds(has: (known: KnownSlugs) => boolean): Promise<boolean> {
    try {
      if (has(slugs.current() ?? (await slugs.reload()))) return true
      if (!slugs.mayBeOutdated()) return false
      return has(await slugs.reload())
    } catch (error) {
      console.error(
        '[routing] could not load the published slugs; letting the address through',
        error,
      )
      return true
    }
  }

  return {
    isPublished: (type: SluggedType, slug: string) => holds((known) => known[type].has(slug)),
    /** Page 2 onwards: the listing's articles reach that page (a page holds ARTICLES_PER_PAGE). */
    hasPage(listing: Listing, page: number) {
      return holds((known) => {
        const total = listed(known, listing)
        return total !== undefined && page >= 2 && page <= pageCountOf(total)
      })
    },
  }
}
