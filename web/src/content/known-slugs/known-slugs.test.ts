import { SLUGGED_TYPES } from '@chaffcent/content/content-types'
import { describe, expect, it } from 'vitest'
import { ARTICLE_INDEX_QUERY, ARTICLE_SLUGS_QUERY } from '../articles/query'
import { indexArticles, runQuery, WHOLE_INDEX } from '../testing/dataset'
import { knownSlugsSchema } from '.'
import { KNOWN_SLUGS_PARAMS, KNOWN_SLUGS_QUERY } from './query'

const loadKnown = async () =>
  knownSlugsSchema.parse(await runQuery(KNOWN_SLUGS_QUERY, KNOWN_SLUGS_PARAMS))

describe('KNOWN_SLUGS_QUERY over the seed dataset', () => {
  it('finds every published slug of each type', async () => {
    const known = await loadKnown()
    const listed = (await runQuery(ARTICLE_SLUGS_QUERY)) as { slug: string }[]
    expect([...known.article]).toEqual(expect.arrayContaining(listed.map(({ slug }) => slug)))
    for (const type of SLUGGED_TYPES) expect(known[type].size).toBeGreaterThan(0)
  })

  it('counts the articles of each Insights listing as the index lists them', async () => {
    const known = await loadKnown()
    const listed = async (category: string | null) => {
      const page = await runQuery(ARTICLE_INDEX_QUERY, WHOLE_INDEX(category))
      expect((page as { total: number }).total).toBe(indexArticles(page).length)
      return indexArticles(page).length
    }
    expect(known.listed.all).toBe(await listed(null))
    expect(known.listed.all).toBeGreaterThan(0)
    expect([...known.listed.category.keys()].sort()).toEqual([...known.category].sort())
    for (const [slug, count] of known.listed.category) expect(count, slug).toBe(await listed(slug))
  })
})
