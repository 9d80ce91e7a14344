import { readFileSync } from 'node:fs'
import path from 'node:path'

export type SeedDocument = { _id: string; _type: string; [field: string]: unknown }

export const SEED_FILE = path.join(import.meta.dirname, 'production.ndjson')

/** The seed dataset's lines, parsed; a line that is not JSON throws with its line number. */
export function readSeed(file = SEED_FILE): SeedDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as SeedDocument
      } catch (error) {
        throw new Error(`${path.basename(file)} line ${index + 1} is not JSON: ${String(error)}`)
      }
    })
}

/** Every `_ref` anywhere inside a value, with the path it sits at. */
export function referencesIn(value: unknown, at = ''): { ref: string; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => referencesIn(item, `${at}[${i}]`))
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) =>
    key === '_ref' && typeof child === 'string'
      ? [{ ref: child, path: at }]
      : referencesIn(child, at ? `${at}.${key}` : key),
  )
}
