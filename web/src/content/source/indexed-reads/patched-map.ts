/** What a lookup needs of a map. */
export interface Lookup<K, V> {
  get(key: K): V | undefined
}

const GONE = Symbol('gone')

/** Past this many patches (a publish adds one or two) they are laid into a new base map. */
const MOST_PATCHES = 256

/**
 * A map shared with the last version's, with this version's own patches over it: copying
 * 10,000 entries on every publish costs far more than a second lookup. A lookup reads the
 * patches, then the base; the first version writes the base, and none after it does (each
 * copies the patches, a few hundred at most, and writes those).
 */
export class PatchedMap<K, V> implements Lookup<K, V> {
  private readonly base: Map<K, V>
  private readonly patches: Map<K, V | typeof GONE>
  private readonly ownsBase: boolean

  constructor(previous?: PatchedMap<K, V>) {
    const flatten = previous !== undefined && previous.patches.size >= MOST_PATCHES
    this.ownsBase = previous === undefined
    this.base = previous === undefined ? new Map() : flatten ? previous.entries() : previous.base
    this.patches = previous === undefined || flatten ? new Map() : new Map(previous.patches)
  }

  get(key: K): V | undefined {
    const value = this.patches.get(key)
    if (value === GONE) return undefined
    return value !== undefined ? value : this.base.get(key)
  }

  set(key: K, value: V): void {
    if (this.ownsBase) this.base.set(key, value)
    else this.patches.set(key, value)
  }

  delete(key: K): void {
    if (this.ownsBase) this.base.delete(key)
    else this.patches.set(key, GONE)
  }

  /** Every entry as one map: for a new base, and for tests; not for reads. */
  entries(): Map<K, V> {
    const entries = new Map(this.base)
    for (const [key, value] of this.patches)
      if (value === GONE) entries.delete(key)
      else entries.set(key, value)
    return entries
  }
}
