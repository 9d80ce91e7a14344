import type { KnownSlugs, SluggedType } from '@/content/known-slugs'

/** A miss reloads the slugs at most this often, so a flood of unknown addresses costs ~nothing. */
export const MIN_RELOAD_INTERVAL_MS = 5_000

/** Set by the webhook (same process) when a publish may have added or renamed a slug. */
const STALE = Symbol.for('chaffcent.known-slugs.stale')
type Flagged = typeof globalThis & { [STALE]?: boolean }

export function markKnownSlugsStale(): void {
  ;(globalThis as Flagged)[STALE] = true
}

interface SlugBookOptions {
  load: () => Promise<KnownSlugs>
  now?: () => number
}

/**
 * The published slugs, loaded once and reloaded on a miss when a publish has happened
 * since or the last load is a few seconds old. One load at a time; if loading fails the
 * address is let through (the page then decides), never refused on a guess.
 */
export function slugBook({ load, now = Date.now }: SlugBookOptions) {
  let current: { slugs: KnownSlugs; loadedAt: number } | undefined
  let loading: Promise<void> | undefined

  function reload(): Promise<void> {
    ;(globalThis as Flagged)[STALE] = false
    const startedAt = now()
    loading ??= load()
      .then((slugs) => void (current = { slugs, loadedAt: startedAt }))
      .finally(() => (loading = undefined))
    return loading
  }

  const mayBeOutdated = () =>
    !current ||
    (globalThis as Flagged)[STALE] === true ||
    now() - current.loadedAt >= MIN_RELOAD_INTERVAL_MS

  return {
    async isPublished(type: SluggedType, slug: string): Promise<boolean> {
      try {
        if (!current) await reload()
        if (current!.slugs[type].has(slug)) return true
        if (!mayBeOutdated()) return false
        await reload()
        return current!.slugs[type].has(slug)
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
