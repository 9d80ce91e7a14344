import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildSmallest, SMALLEST_FILES } from '../seed/build-smallest'
import * as fixture from './fixtures'
import { smallestAccepted } from './smallestAccepted'

describe('smallestAccepted', () => {
  const withExtras = fixture.article('first', {
    readTimeMinutes: 4,
    related: [{ _type: 'reference', _key: 'other', _ref: 'article-second' }],
  })

  it('keeps only what the studio requires of an article', async () => {
    const smallest = await smallestAccepted(withExtras, fixture.baseDataset)
    expect(Object.keys(smallest).sort()).toEqual(
      ['_id', '_type', 'body', 'category', 'excerpt', 'publishedAt', 'slug', 'title'].sort(),
    )
  })

  it('keeps list items when sparse, emptying only their optional fields', async () => {
    const sparse = await smallestAccepted(withExtras, fixture.baseDataset, 'sparse')
    expect(sparse.related).toEqual(withExtras.related)
    expect(sparse).not.toHaveProperty('byline')
  })
})

/**
 * The web's contract test runs every route over these files, so they must be what the
 * studio's rules give today. On failure: run `tsx seed/build-smallest.ts` from studio/ and commit.
 */
describe.each(Object.entries(SMALLEST_FILES))('seed/%s.ndjson', (cut, file) => {
  it('is the seed cut down by the studio’s current rules', { timeout: 180_000 }, async () => {
    const built = await buildSmallest(cut as keyof typeof SMALLEST_FILES)
    expect(readFileSync(file, 'utf8') === built).toBe(true)
  })
})
