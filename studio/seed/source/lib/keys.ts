import { createHash } from 'node:crypto'

/**
 * A short key derived from the parts given, so the dataset is byte-for-byte the same on
 * every build (Sanity's editor makes random keys; the seed must not).
 */
export function keyOf(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Gives every object in every array a `_key` (Sanity requires one to address array items),
 * leaving keys already set alone. A key comes from the item's position and content, so it is
 * stable and unique within its array.
 */
export function withArrayKeys<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      const keyed = withArrayKeys(item)
      if (!isObject(keyed) || typeof keyed._key === 'string') return keyed
      return { _key: keyOf(index, JSON.stringify(keyed)), ...keyed }
    }) as T
  }
  if (!isObject(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([field, child]) => [field, withArrayKeys(child)]),
  ) as T
}
