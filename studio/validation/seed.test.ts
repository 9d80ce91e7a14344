import { DOCUMENT_TYPES } from '@chaffcent/content'
import { describe, expect, it } from 'vitest'
import { readSeed } from '../seed/dataset'
import { compiledSchema, schemaErrors } from './compiledSchema'
import { describeProblem, validateDataset } from './validateDataset'

describe('the studio schema', () => {
  it('compiles without errors', () => {
    expect(schemaErrors()).toEqual([])
  })

  it('defines every document type the site knows', () => {
    for (const type of DOCUMENT_TYPES)
      expect(compiledSchema.get(type)?.jsonType, type).toBe('object')
  })
})

describe('the seed dataset passes the studio’s own validation', () => {
  const seed = readSeed()

  it('has a document of every type editors publish', () => {
    const types = new Set(seed.map((doc) => doc._type))
    // Enquiries are visitors' personal data: they come from the form, never from a seed.
    const published = DOCUMENT_TYPES.filter((type) => type !== 'enquiry')
    expect(published.filter((type) => !types.has(type))).toEqual([])
  })

  it('breaks no rule in any document (id, field path and message of each failure)', async () => {
    const problems = await validateDataset(seed)
    expect(problems.map(describeProblem)).toEqual([])
  })
})
