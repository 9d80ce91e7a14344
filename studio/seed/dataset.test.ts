import { DOCUMENT_TYPES } from '@chaffcent/content'
import { describe, expect, it } from 'vitest'
import { readSeed, referencesIn } from './dataset'

const documents = readSeed()

describe('the seed dataset is importable with `sanity dataset import`', () => {
  it('holds one document a line, each with an _id and a known _type', () => {
    expect(documents.length).toBeGreaterThan(0)
    for (const doc of documents) {
      expect(typeof doc._id, JSON.stringify(doc).slice(0, 80)).toBe('string')
      expect(DOCUMENT_TYPES, `unknown _type of ${doc._id}`).toContain(doc._type)
    }
  })

  it('has unique ids and no drafts', () => {
    const ids = documents.map((doc) => doc._id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => id.startsWith('drafts.'))).toEqual([])
  })

  it('has every reference resolving to a document in the dataset', () => {
    const ids = new Set(documents.map((doc) => doc._id))
    const dangling = documents.flatMap((doc) =>
      referencesIn(doc)
        .filter(({ ref }) => !ids.has(ref))
        .map(({ ref, path }) => `${doc._id} ${path} → ${ref}`),
    )
    expect(dangling).toEqual([])
  })

  it('has unique slugs within each type', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const doc of documents) {
      const slug = (doc.slug as { current?: string } | undefined)?.current
      if (!slug) continue
      const key = `${doc._type}/${slug}`
      if (seen.has(key)) clashes.push(`${key}: ${seen.get(key)} and ${doc._id}`)
      seen.set(key, doc._id)
    }
    expect(clashes).toEqual([])
  })
})
