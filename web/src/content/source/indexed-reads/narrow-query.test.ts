import { parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { ARTICLE_QUERY, LATEST_ARTICLES_QUERY } from '../../articles/query'
import { HOME_QUERY } from '../../home/query'
import { SECTOR_QUERY } from '../../sectors/query'
import { growDataset } from '../../testing/grown-dataset'
import { CONTRACT_DATASETS } from '../../testing/dataset'
import { DatasetIndex } from './dataset-index'
import { narrowQuery } from './narrow-query'

const index = new DatasetIndex(growDataset(CONTRACT_DATASETS.seed, 1_000))

/** Whether a query, narrowed, still holds a `*` that groq-js would answer with every document. */
async function scansEverything(query: string, params: Record<string, unknown>) {
  const { tree } = await narrowQuery(parse(query, { params }), index, new Date())
  return JSON.stringify(tree).includes('"Everything"')
}

// Whether a read scans the archive is a matter of which documents it is given, not of time.
describe('single-document reads over a 1,000-article archive', () => {
  it.each([
    ['an article', ARTICLE_QUERY, { slug: 'anything', preview: false }],
    ['a sector', SECTOR_QUERY, { slug: 'anything' }],
    ['the home page', HOME_QUERY, { latestCount: 3 }],
    ['the latest articles', LATEST_ARTICLES_QUERY, { limit: 20 }],
  ])('%s never reads the whole dataset', async (_, query, params) => {
    expect(await scansEverything(query, params)).toBe(false)
  })
})
