import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
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
  const lines = readFileSync(CONTRACT_DATASETS.seed, 'utf8').split('\n').filter(Boolean)
  const edited = lines.map((line) => {
    const doc = JSON.parse(line) as { _id: string; seo?: object }
    if (HIDDEN.includes(doc._id))
      return JSON.stringify({ ...doc, seo: { ...doc.seo, noIndex: true } })
    if (doc._id === SHOWN_WITH_FLAG_OFF)
      return JSON.stringify({ ...doc, seo: { ...doc.seo, noIndex: false } })
    return line
  })
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sitemap-')), 'production.ndjson')
  writeFileSync(file, edited.join('\n') + '\n')
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
