import { describe, expect, it } from 'vitest'
import { ARTICLE_SLUGS_QUERY } from '../articles/query'
import { runQuery } from '../testing/dataset'
import { knownSlugsSchema } from '.'
import { KNOWN_SLUGS_QUERY } from './query'

describe('KNOWN_SLUGS_QUERY over the seed dataset', () => {
  it('finds every published slug of each type', async () => {
    const known = knownSlugsSchema.parse(await runQuery(KNOWN_SLUGS_QUERY))
    const listed = (await runQuery(ARTICLE_SLUGS_QUERY)) as { slug: string }[]
    expect([...known.article]).toEqual(expect.arrayContaining(listed.map(({ slug }) => slug)))
    for (const type of ['category', 'sector', 'venture'] as const) {
      expect(known[type].size).toBeGreaterThan(0)
    }
  })
})
