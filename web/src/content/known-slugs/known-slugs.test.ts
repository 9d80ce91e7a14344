import { SLUGGED_TYPES } from '@chaffcent/content/content-types'
import { describe, expect, it } from 'vitest'
import { ARTICLE_SLUGS_QUERY } from '../articles/query'
import { runQuery } from '../testing/dataset'
import { bySluggedType, knownSlugsSchema } from '.'
import { KNOWN_SLUGS_PARAMS, KNOWN_SLUGS_QUERY } from './query'

describe('KNOWN_SLUGS_QUERY over the seed dataset', () => {
  it('finds every published slug of each type', async () => {
    const rows = knownSlugsSchema.parse(await runQuery(KNOWN_SLUGS_QUERY, KNOWN_SLUGS_PARAMS))
    const known = bySluggedType(rows)
    const listed = (await runQuery(ARTICLE_SLUGS_QUERY)) as { slug: string }[]
    expect([...known.article]).toEqual(expect.arrayContaining(listed.map(({ slug }) => slug)))
    for (const type of SLUGGED_TYPES) expect(known[type].size).toBeGreaterThan(0)
  })
})
