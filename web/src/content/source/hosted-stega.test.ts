import { seedDocuments, startTestLake } from '@chaffcent/local-lake/test-lake'
import { vercelStegaDecode } from '@vercel/stega'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTICLE_QUERY } from '../articles/query'
import { articleSchema } from '../articles/schema'
import { hostedConfig } from '../config'
import { stegaClean } from '../stega'
import { hostedSource } from './hosted'
import { readSiteEnv } from '../../env'

const SLUG = 'it-ot-convergence-high-consequence-environments'
const STUDIO = 'https://editors.example'
/** The local Content Lake over the seed, which answers source maps as the Lake does. */
let lake: Awaited<ReturnType<typeof startTestLake>>

beforeAll(async () => {
  lake = await startTestLake(seedDocuments())
})

afterAll(() => lake.close())

function source() {
  const env = { SANITY_PROJECT_ID: 'p', SANITY_DATASET: 'production', STUDIO_ORIGINS: STUDIO }
  return hostedSource({
    ...hostedConfig(readSiteEnv(env))!,
    apiHost: lake.origin,
    viewerToken: 'viewer',
  })
}

const read = async (perspective: 'drafts' | 'published') =>
  articleSchema.parse(await source().query(ARTICLE_QUERY, { slug: SLUG }, perspective))

describe('the hosted source marks drafts for click-to-edit', () => {
  it('leaves published reads clean', async () => {
    const article = await read('published')
    expect(stegaClean(article)).toEqual(article)
  })

  it('marks shown text in drafts with an edit link to the studio', async () => {
    const [published, draft] = await Promise.all([read('published'), read('drafts')])
    expect(draft.title).not.toBe(published.title)
    expect(stegaClean(draft)).toEqual(published)
    const edit = vercelStegaDecode<{ href: string }>(draft.title)
    expect(edit?.href).toMatch(new RegExp(`^${STUDIO}/intent/edit/.*id=${draft._id};.*path=title`))
  })

  it('leaves values the code reads clean in drafts too', async () => {
    const [published, draft] = await Promise.all([read('published'), read('drafts')])
    expect([draft.slug, draft.publishedAt, draft.category.slug, draft._type]).toEqual([
      published.slug,
      published.publishedAt,
      published.category.slug,
      'article',
    ])
  })
})
