import { readFileSync } from 'node:fs'
import { parseNdjson } from '@chaffcent/content/dataset'
import { describe, expect, it } from 'vitest'
import { buildSeed } from './build-seed'
import { SEED_FILE } from './dataset'

const built = buildSeed()
const documents = parseNdjson(built, 'the built seed')

/** Every array inside a value, with where it sits, for the key checks. */
function arraysIn(value: unknown, at: string): { at: string; items: unknown[] }[] {
  if (Array.isArray(value))
    return [{ at, items: value }, ...value.flatMap((item, i) => arraysIn(item, `${at}[${i}]`))]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) => arraysIn(child, `${at}.${key}`))
}

describe('the seed build', () => {
  it('matches the committed production.ndjson, so nobody edits the generated file by hand', () => {
    // On failure: run `tsx seed/build-seed.ts` from studio/ and commit the result.
    expect(readFileSync(SEED_FILE, 'utf8') === built).toBe(true)
  })

  it('gives the same bytes on every build', () => {
    expect(buildSeed()).toBe(built)
  })

  it('writes one document a line, ending with a newline', () => {
    expect(built.endsWith('}\n')).toBe(true)
    expect(built.split('\n')).toHaveLength(documents.length + 1)
  })

  it('uses ids with hyphens only: an id with a dot would be private in Sanity', () => {
    expect(documents.filter((doc) => !/^[A-Za-z0-9-]+$/.test(doc._id))).toEqual([])
  })

  it('gives every object in every array a key, unique within its array', () => {
    const problems = documents.flatMap((doc) =>
      arraysIn(doc, doc._id).flatMap(({ at, items }) => {
        const objects = items.filter((item) => typeof item === 'object' && item !== null)
        const keys = objects.map((item) => (item as { _key?: unknown })._key)
        const missing = keys.some((key) => typeof key !== 'string' || key === '')
        const repeated = new Set(keys).size !== keys.length
        return missing || repeated ? [at] : []
      }),
    )
    expect(problems).toEqual([])
  })
})
