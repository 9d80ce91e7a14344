import path from 'node:path'
import { readNdjson, seedDataset } from '@chaffcent/content/dataset'
import type { SeedDocument } from './source/lib/documents/types'

export const SEED_FILE = seedDataset(path.join(import.meta.dirname, '..', '..'))

/** The seed dataset's documents; a line that is not one throws with its line number. */
export const readSeed = (file = SEED_FILE): SeedDocument[] => readNdjson(file)

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
