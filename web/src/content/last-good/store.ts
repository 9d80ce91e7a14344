import { readEntries, writeEntries } from './file'

/** A real result: a document or a non-empty list. null and [] are answers, not content to keep. */
export function isRealResult(value: unknown): boolean {
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)
}

/**
 * The last good answer per read, so a failure upstream serves what worked before. Holds at
 * most `max` entries (the least recently refreshed go first), so addresses typed at random
 * cannot grow it; saved to `file`, when there is one, a moment after each change.
 */
export class LastGoodStore {
  private entries: Map<string, unknown> | undefined
  /** Keys forgotten since the last save, so merging with the file does not bring them back. */
  private readonly forgotten = new Set<string>()
  private saving: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly file: string | null,
    private readonly max = 500,
    private readonly saveDelayMs = 1000,
  ) {}

  /** Keeps a real result; anything else forgets the key, so nothing deleted comes back. */
  remember(key: string, value: unknown): void {
    const entries = this.load()
    const had = entries.delete(key)
    if (isRealResult(value)) {
      entries.set(key, value)
      this.forgotten.delete(key)
      if (entries.size > this.max) entries.delete(entries.keys().next().value!)
    } else if (had) this.forgotten.add(key)
    else return
    this.scheduleSave()
  }

  recall(key: string): unknown {
    return this.load().get(key)
  }

  has(key: string): boolean {
    return this.load().has(key)
  }

  /**
   * Writes now rather than after the delay. What the file holds that this process does not
   * (another build worker's reads) is kept, behind this process's own.
   */
  flush(): void {
    clearTimeout(this.saving)
    this.saving = undefined
    if (!this.file) return
    const merged = new Map(readEntries(this.file))
    for (const key of [...this.forgotten, ...this.load().keys()]) merged.delete(key)
    for (const [key, value] of this.load()) merged.set(key, value)
    this.forgotten.clear()
    writeEntries(this.file, [...merged].slice(-this.max))
  }

  private load(): Map<string, unknown> {
    this.entries ??= new Map(readEntries(this.file).slice(-this.max))
    return this.entries
  }

  private scheduleSave(): void {
    if (!this.file || this.saving) return
    this.saving = setTimeout(() => this.flush(), this.saveDelayMs)
    this.saving.unref?.()
  }
}
