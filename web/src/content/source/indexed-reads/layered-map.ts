/** What a lookup needs of a map. */
export interface Lookup<K, V> {
  get(key: K): V | undefined
}

const GONE = Symbol('gone')

/** Past this many layers a lookup walks, the entries are copied into one map again. */
const MOST_LAYERS = 16

/**
 * A map read through to the last version's, holding only the entries set or deleted since:
 * copying 10,000 entries on every publish costs far more than the few lookups that walk the
 * layers. The last version's map is never changed through this one.
 */
export class LayeredMap<K, V> implements Lookup<K, V> {
  private readonly own = new Map<K, V | typeof GONE>()
  private readonly below: LayeredMap<K, V> | undefined
  private readonly depth: number

  constructor(below?: LayeredMap<K, V>) {
    const flatten = below !== undefined && below.depth >= MOST_LAYERS
    if (flatten) for (const [key, value] of below.entries()) this.own.set(key, value)
    this.below = flatten ? undefined : below
    this.depth = this.below ? this.below.depth + 1 : 0
  }

  get(key: K): V | undefined {
    const value = this.own.get(key)
    if (value === GONE) return undefined
    return value !== undefined ? value : this.below?.get(key)
  }

  set(key: K, value: V): void {
    this.own.set(key, value)
  }

  delete(key: K): void {
    this.own.set(key, GONE)
  }

  /** Every entry as one map: for copying and for tests, not for reads. */
  entries(): Map<K, V> {
    const entries = new Map(this.below?.entries())
    for (const [key, value] of this.own)
      if (value === GONE) entries.delete(key)
      else entries.set(key, value)
    return entries
  }
}
