import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, statSync } from 'node:fs'
import { readFile, rename, rm, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface VariantCacheOptions {
  /** The folder the variants are kept in (one file each); made when first needed. */
  dir: string
  /** The most the folder may hold: the least recently used variants go first. */
  maxBytes: number
}

/**
 * Rendered images kept on disk, so each variant is rendered once (and once at a time: requests
 * that arrive while it renders wait for that render), within a bound in bytes, least recently
 * used first out. The index lives in memory, rebuilt from the folder (oldest first by modified
 * time, which a hit refreshes) when a server starts.
 */
export function createVariantCache({ dir, maxBytes }: VariantCacheOptions) {
  let index: Map<string, number> | undefined
  let bytes = 0
  const rendering = new Map<string, Promise<Uint8Array>>()
  const counts = { renders: 0, hits: 0 }

  /** Files in least recently used order, and their sizes. */
  function load() {
    if (index) return index
    mkdirSync(dir, { recursive: true })
    const files = readdirSync(dir)
      .filter((name) => !name.endsWith('.tmp'))
      .map((name) => ({ name, stat: statSync(path.join(dir, name)) }))
      .sort((a, b) => a.stat.mtimeMs - b.stat.mtimeMs)
    index = new Map(files.map(({ name, stat }) => [name, stat.size]))
    bytes = files.reduce((total, { stat }) => total + stat.size, 0)
    return index
  }

  function forget(name: string) {
    bytes -= index?.get(name) ?? 0
    index?.delete(name)
  }

  async function keep(name: string, body: Uint8Array) {
    // A variant larger than the whole bound is served but not kept.
    if (body.byteLength > maxBytes) return
    const temporary = path.join(dir, `${name}.${randomUUID()}.tmp`)
    await writeFile(temporary, body)
    await rename(temporary, path.join(dir, name))
    forget(name)
    load().set(name, body.byteLength)
    bytes += body.byteLength
    for (const [oldest] of load()) {
      if (bytes <= maxBytes) break
      forget(oldest)
      await rm(path.join(dir, oldest), { force: true })
    }
  }

  async function cached(name: string): Promise<Uint8Array | null> {
    const size = load().get(name)
    if (size === undefined) return null
    const body = await readFile(path.join(dir, name)).catch(() => null)
    if (!body) {
      // Removed behind our back (another server sharing the folder): render it again.
      forget(name)
      return null
    }
    // Most recently used: last in the index, and on disk for the next start.
    load().delete(name)
    load().set(name, size)
    const now = new Date()
    await utimes(path.join(dir, name), now, now).catch(() => undefined)
    counts.hits += 1
    return body
  }

  async function renderAndKeep(name: string, render: () => Promise<Uint8Array>) {
    counts.renders += 1
    const body = await render()
    await keep(name, body).catch((error: unknown) => {
      // A full or read-only disk costs a render per request, not the image.
      console.error(`[images] could not keep ${name}:`, error)
    })
    return body
  }

  return {
    /** The variant named `key` (with the file extension `extension`), rendered if not kept. */
    async get(key: string, extension: string, render: () => Promise<Uint8Array>) {
      const name = `${createHash('sha256').update(key).digest('hex')}.${extension}`
      const hit = await cached(name)
      if (hit) return hit
      const pending = rendering.get(name) ?? renderAndKeep(name, render)
      rendering.set(name, pending)
      try {
        return await pending
      } finally {
        rendering.delete(name)
      }
    },
    /** Renders and hits since the server started, and the bytes kept. */
    stats() {
      const files = load().size
      return { ...counts, bytes, files }
    },
  }
}

export type VariantCache = ReturnType<typeof createVariantCache>
