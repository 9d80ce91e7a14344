/** A size-bounded least-recently-used map: this process's own copy of shared entries. */
export class MemoryTier<V> {
  private readonly entries = new Map<string, { value: V; size: number }>()
  private total = 0

  private readonly maxBytes: number
  private readonly sizeOf: (value: V) => number

  constructor(maxBytes: number, sizeOf: (value: V) => number) {
    this.maxBytes = maxBytes
    this.sizeOf = sizeOf
  }

  get(key: string): V | undefined {
    const found = this.entries.get(key)
    if (!found) return undefined
    this.entries.delete(key)
    this.entries.set(key, found)
    return found.value
  }

  set(key: string, value: V): void {
    this.delete(key)
    const size = this.sizeOf(value) + key.length
    if (size > this.maxBytes) return
    this.entries.set(key, { value, size })
    this.total += size
    for (const [oldest] of this.entries) {
      if (this.total <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  private delete(key: string): void {
    const found = this.entries.get(key)
    if (!found) return
    this.entries.delete(key)
    this.total -= found.size
  }
}
