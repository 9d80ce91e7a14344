/** A miss reloads at most this often, so a flood of unknown addresses costs ~nothing. */
export const MIN_RELOAD_INTERVAL_MS = 5_000

type Flags = typeof globalThis & Record<symbol, boolean | undefined>

/**
 * A flag the webhook sets (same process, another module graph: hence a global symbol)
 * when a publish may have changed what a book holds.
 */
export function staleFlag(name: string) {
  const key = Symbol.for(`chaffcent.${name}.stale`)
  const flags = globalThis as Flags
  return {
    mark: () => void (flags[key] = true),
    clear: () => void (flags[key] = false),
    isSet: () => flags[key] === true,
  }
}

interface ReloadingOptions<T> {
  load: () => Promise<T>
  stale: ReturnType<typeof staleFlag>
  /** How old a load may grow before `mayBeOutdated`. */
  interval?: number
  now?: () => number
}

/** A value loaded once and reloaded on demand, one load at a time. */
export function reloading<T>({
  load,
  stale,
  interval = MIN_RELOAD_INTERVAL_MS,
  now = Date.now,
}: ReloadingOptions<T>) {
  let current: { value: T; loadedAt: number } | undefined
  let loading: Promise<T> | undefined

  return {
    current: () => current?.value,
    reload(): Promise<T> {
      stale.clear()
      const startedAt = now()
      loading ??= load()
        .then((value) => (current = { value, loadedAt: startedAt }).value)
        .finally(() => (loading = undefined))
      return loading
    },
    /** Never loaded, or a publish has happened since. */
    isStale: () => !current || stale.isSet(),
    /** Stale, or loaded `interval` ago or more. */
    mayBeOutdated: () => !current || stale.isSet() || now() - current.loadedAt >= interval,
  }
}
