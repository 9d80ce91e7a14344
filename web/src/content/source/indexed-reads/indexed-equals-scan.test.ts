import { readNdjson, type StoredDocument as Doc } from '@chaffcent/content/dataset'
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
