import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { vercelStegaDecode } from '@vercel/stega'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTICLE_QUERY } from '../articles/query'
import { articleSchema } from '../articles/schema'
import { hostedConfig } from '../config'
import { stegaClean } from '../stega'
import { hostedSource } from './hosted'

/** The browser tests' Content Lake stand-in, which answers source maps as the Lake does. */
const STAND_IN = fileURLToPath(
  new URL('../../../tests/support/content-lake-stand-in.mjs', import.meta.url),
)
const SLUG = 'it-ot-convergence-high-consequence-environments'
const STUDIO = 'https://editors.example'
let standIn: ChildProcess
let apiHost: string

beforeAll(async () => {
  standIn = spawn(process.execPath, [STAND_IN], { env: { ...process.env, PORT: '0' } })
  const [line] = (await once(standIn.stdout!, 'data')) as [Buffer]
  apiHost = `http://127.0.0.1:${/port (\d+)/.exec(line.toString())![1]}`
})

afterAll(() => void standIn.kill())

function source() {
  const env = { SANITY_PROJECT_ID: 'p', SANITY_DATASET: 'production', STUDIO_ORIGINS: STUDIO }
  return hostedSource({ ...hostedConfig(env)!, apiHost, viewerToken: 'viewer' })
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
