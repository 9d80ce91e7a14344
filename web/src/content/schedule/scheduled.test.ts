import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readNdjson, writeNdjson } from '@chaffcent/content/dataset'
import { describe, expect, it } from 'vitest'
import { ARTICLE_INDEX_QUERY, ARTICLE_QUERY, ARTICLE_SLUGS_QUERY } from '../articles/query'
import { homeInsights, homeSchema } from '../home'
import { HOME_QUERY } from '../home/query'
import { SITEMAP_PARAMS, SITEMAP_QUERY } from '../sitemap/query'
import { embeddedDatasetPath } from '../config'
import { indexArticles, queryOver, WHOLE_INDEX } from '../testing/dataset'
import { NEXT_SCHEDULED_QUERY } from './query'

const AT = '2026-12-24T09:30:00Z'
const BEFORE = new Date('2026-12-24T09:29:59Z')
const AFTER = new Date('2026-12-24T09:30:01Z')
const SLUG = 'a-scheduled-article'

/** The seed, plus an article scheduled for `AT` that an editor has pinned on the home page and related from another article. */
function datasetWithScheduledArticle(): { file: string; relatedFrom: string } {
  const docs = readNdjson(embeddedDatasetPath())
  const [first, second] = docs.filter((doc) => doc._type === 'article')
  const scheduled = {
    ...first!,
    _id: 'article-scheduled',
    slug: { current: SLUG },
    publishedAt: AT,
  }
  const ref = { _type: 'reference', _key: 'scheduled', _ref: scheduled._id }
  const changed = docs.map((doc) => {
    if (doc._id === 'home') return { ...doc, featuredInsights: [ref] }
    if (doc._id === second!._id) return { ...doc, related: [ref] }
    return doc
  })
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'scheduled-')), 'dataset.ndjson')
  writeNdjson(file, [...changed, scheduled])
  return { file, relatedFrom: (second!.slug as { current: string }).current }
}

const { file, relatedFrom } = datasetWithScheduledArticle()

/** Where a visitor could meet the scheduled article, at one moment. */
async function sightings(now: Date) {
  const run = queryOver(file, now)
  const slugs = (list: unknown) => (list as { slug: string }[]).map(({ slug }) => slug)
  const home = homeSchema.parse(await run(HOME_QUERY, { latestCount: 3 }))
  const related = (await run(ARTICLE_QUERY, { slug: relatedFrom, preview: false })) as {
    related: unknown
  }
  return {
    page: (await run(ARTICLE_QUERY, { slug: SLUG, preview: false })) !== null,
    slugs: slugs(await run(ARTICLE_SLUGS_QUERY)).includes(SLUG),
    index: slugs(indexArticles(await run(ARTICLE_INDEX_QUERY, WHOLE_INDEX(null)))).includes(SLUG),
    sitemap: slugs(await run(SITEMAP_QUERY, SITEMAP_PARAMS)).includes(SLUG),
    related: slugs(related.related).includes(SLUG),
    home: homeInsights(home),
    nextScheduled: await run(NEXT_SCHEDULED_QUERY),
  }
}

describe('an article dated in the future', () => {
  it('is nowhere until its time, and the site knows when that is', async () => {
    const before = await sightings(BEFORE)
    expect(before).toMatchObject({
      page: false,
      slugs: false,
      index: false,
      sitemap: false,
      related: false,
      nextScheduled: AT,
    })
    // Its pin does not count yet, so the home page shows the newest articles and says so.
    expect(before.home.heading).toBe('Latest Insights')
    expect(before.home.articles).toHaveLength(3)
  })

  it('is everywhere once its time has passed, the pinned home list included', async () => {
    const after = await sightings(AFTER)
    expect(after).toMatchObject({
      page: true,
      slugs: true,
      index: true,
      sitemap: true,
      related: true,
      nextScheduled: null,
    })
    expect(after.home.heading).toBe('Selected Insights')
    expect(after.home.articles.map(({ slug }) => slug)).toEqual([SLUG])
  })
})

describe('a scheduled article in preview', () => {
  it('shows on its own page to an editor before its time, and nowhere else yet', async () => {
    const run = queryOver(file, BEFORE)
    const page = (await run(ARTICLE_QUERY, { slug: SLUG, preview: true })) as { slug: string }
    expect(page?.slug).toBe(SLUG)
    const related = (await run(ARTICLE_QUERY, { slug: relatedFrom, preview: true })) as {
      related: { slug: string }[]
    }
    expect(related.related.map(({ slug }) => slug)).not.toContain(SLUG)
  })
})
