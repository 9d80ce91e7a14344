import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_TYPES } from '@chaffcent/content'
import { buildVariant, VARIANT_FILES } from '../seed/build-smallest'
import { readSeed } from '../seed/dataset'
import { largest } from '../seed/largest'
import { compiledSchema } from './compiledSchema'
import { describeProblem, validateDataset } from './validateDataset'
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
    expect(sparse).not.toHaveProperty('readTimeMinutes')
  })
})

/**
 * The web's contract test runs every route over these files, so they must be what the
 * studio's rules give today. On failure: run `tsx seed/build-smallest.ts` from studio/ and commit.
 */
describe.each(Object.entries(VARIANT_FILES))('seed/%s.ndjson', (variant, file) => {
  it('is built from the seed by the studio’s current rules', { timeout: 180_000 }, async () => {
    const built = await buildVariant(variant as keyof typeof VARIANT_FILES)
    expect(readFileSync(file, 'utf8') === built).toBe(true)
  })
})

describe('the largest dataset', () => {
  const documents = largest(readSeed())

  it('fills every field of every document type somewhere', () => {
    const empty = DOCUMENT_TYPES.flatMap((type) => {
      const fields = (compiledSchema.get(type) as { fields: { name: string }[] }).fields
      const ofType = documents.filter((doc) => doc._type === type)
      return fields
        .filter(({ name }) => !ofType.some((doc) => doc[name] !== undefined))
        .map(({ name }) => `${type}.${name}`)
    })
    expect(empty).toEqual([])
  })

  it('passes the studio’s own validation', async () => {
    const problems = await validateDataset(
      documents.filter((doc) => doc._type !== 'sanity.imageAsset'),
      { dataset: documents },
    )
    expect(problems.map(describeProblem)).toEqual([])
  })
})
