import { readNdjson, type StoredDocument as Doc, writeNdjson } from '@chaffcent/content/dataset'
import { describe, expect, it } from 'vitest'
import { CONTRACT_DATASETS } from '../../testing/dataset'
import { writeGrownDataset } from '../../testing/grown-dataset'
import { embeddedSource } from '../embedded'
import type { Perspective } from '../types'
import { routeReads } from './route-reads'

/** Every page's document, but of a large archive's articles only some (and every draft), to keep the full scans short. */
const sampled = (documents: Doc[]) =>
  documents.filter(
    (doc, index) => doc._type !== 'article' || index % 97 === 0 || doc._id.startsWith('drafts.'),
    120_000,
  )

// A fixed clock, so a scheduled article is on the same side of now() in both evaluations.
const NOW = new Date('2026-06-01T12:00:00Z')

const DATASETS = {
  seed: CONTRACT_DATASETS.seed,
  largest: CONTRACT_DATASETS.largest,
  'grown to 2,000 articles': writeGrownDataset(CONTRACT_DATASETS.largest, 2_000),
}

describe.each(Object.entries(DATASETS))('indexed reads over the %s dataset', (_, file) => {
  const indexed = embeddedSource(file, () => NOW, 'indexed')
  const scanned = embeddedSource(file, () => NOW, 'full-scan')
  const reads = routeReads(sampled(readNdjson(file)))

  it.each<Perspective>(['published', 'drafts'])(
    'answer every route read as a full scan does (%s)',
    async (perspective) => {
      for (const { name, query, params } of reads) {
        const expected = await scanned.query(query, params, perspective)
        expect(await indexed.query(query, params, perspective), name).toEqual(expected)
      }
    },
    120_000,
  )
})

describe('indexed reads after a publish', () => {
  it('answer the listings and the home page as a full scan does', async () => {
    const file = writeGrownDataset(CONTRACT_DATASETS.largest, 1_000)
    const [indexed, scanned] = [
      embeddedSource(file, () => NOW),
      embeddedSource(file, () => NOW, 'full-scan'),
    ]
    const lists = routeReads([]).filter(({ name }) => /^(index|home|latest)/.test(name))
    for (const { query, params } of lists) await indexed.query(query, params, 'published')
    // An article moved to another date and retitled, one unpublished: the sorted lists are kept and patched.
    const documents = readNdjson(file)
    const [moved, gone] = documents.flatMap((doc, n) =>
      doc._type === 'article' && n > 30 ? [n] : [],
    )
    documents[moved!] = {
      ...documents[moved!]!,
      title: 'Moved (a longer title)',
      publishedAt: '2019-05-05',
    }
    writeNdjson(
      file,
      documents.filter((_, n) => n !== gone),
    )
    for (const { name, query, params } of lists) {
      const expected = await scanned.query(query, params, 'published')
      expect(await indexed.query(query, params, 'published'), name).toEqual(expected)
    }
  }, 120_000)
})
