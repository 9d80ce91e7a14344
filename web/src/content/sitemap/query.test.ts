import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readNdjson, writeNdjson } from '@chaffcent/content/dataset'
import { describe, expect, it } from 'vitest'
import { CONTRACT_DATASETS, queryOver } from '../testing/dataset'
import { SITEMAP_PARAMS, SITEMAP_QUERY } from './query'

/** One published document of each type an editor can hide, and one left visible for contrast. */
const HIDDEN = [
  'article-it-ot-convergence-high-consequence-environments',
  'sector-aviation',
  'page-partnerships',
]
const SHOWN_WITH_FLAG_OFF = 'page-contact'

/** The seed, with "Hide from search engines" ticked on HIDDEN and explicitly off on one more. */
function seedWithHiddenPages(): string {
  const edited = readNdjson(CONTRACT_DATASETS.seed).map((doc) => {
    const seo = doc.seo as object | undefined
    if (HIDDEN.includes(doc._id)) return { ...doc, seo: { ...seo, noIndex: true } }
    if (doc._id === SHOWN_WITH_FLAG_OFF) return { ...doc, seo: { ...seo, noIndex: false } }
    return doc
  })
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sitemap-')), 'production.ndjson')
  writeNdjson(file, edited)
  return file
}

describe('the sitemap query', () => {
  it('leaves out documents hidden from search engines, and only those', async () => {
    const seed = (await queryOver(CONTRACT_DATASETS.seed)(SITEMAP_QUERY, SITEMAP_PARAMS)) as {
      _id: string
    }[]
    const ids = seed.map(({ _id }) => _id)
    expect(ids).toEqual(expect.arrayContaining([...HIDDEN, SHOWN_WITH_FLAG_OFF]))

    const edited = (await queryOver(seedWithHiddenPages())(SITEMAP_QUERY, SITEMAP_PARAMS)) as {
      _id: string
    }[]
    expect(edited.map(({ _id }) => _id).sort()).toEqual(
      ids.filter((id) => !HIDDEN.includes(id)).sort(),
    )
  })
})
