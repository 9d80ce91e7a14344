import { afterEach, describe, expect, it, vi } from 'vitest'
import { article, startTestLake } from './test-lake'

let lake: Awaited<ReturnType<typeof startTestLake>>
afterEach(() => lake?.close())

const titleQuery = (perspective: string, sourceMap = false) =>
  lake.api(
    `/data/query/production?${new URLSearchParams({
      query: '*[_id == "a"][0]{title, "slug": slug.current}',
      perspective,
      ...(sourceMap ? { resultSourceMap: 'withKeyArraySelector' } : {}),
    })}`,
  )
const drill = (queries: string) => lake.post('/drill', { queries })
const queriesTaken = async () =>
  ((await (await fetch(`${lake.origin}/health`)).json()) as { queries: number }).queries

describe('the local Content Lake: source maps for click-to-edit', () => {
  it('maps each string of a result to the field it came from, only when asked', async () => {
    lake = await startTestLake([article('a', 'Published'), article('drafts.a', 'Edited')])
    const plain = (await (await fetch(titleQuery('drafts'))).json()) as Record<string, unknown>
    expect(plain).not.toHaveProperty('resultSourceMap')

    const mapped = (await (await fetch(titleQuery('drafts', true))).json()) as {
      resultSourceMap: { documents: { _id: string }[]; paths: string[]; mappings: object }
    }
    // The draft names itself by its own id, as the Lake does.
    expect(mapped.resultSourceMap.documents).toEqual([{ _id: 'drafts.a', _type: 'article' }])
    expect(mapped.resultSourceMap.mappings).toMatchObject({
      "$['title']": { type: 'value', source: { type: 'documentValue', document: 0 } },
    })
    expect(mapped.resultSourceMap.paths).toContain("$['title']")
    expect(mapped.resultSourceMap.paths).toContain("$['slug']['current']")
  })
})

describe('the local Content Lake: outage drills', () => {
  it('answers no /drill unless asked to', async () => {
    lake = await startTestLake([article('a', 'A')])
    expect((await drill('fail')).status).toBe(404)
  })

  it('fails queries, holds them, and answers again; writes still land', async () => {
    lake = await startTestLake([article('a', 'A')], { drills: true })
    expect((await drill('down')).status).toBe(400)
    expect((await drill('fail')).status).toBe(200)
    expect((await fetch(titleQuery('published'))).status).toBe(503)
    const write = { mutations: [{ createOrReplace: article('a', 'Written in the outage') }] }
    expect((await lake.post('/data/mutate/production', write)).status).toBe(200)

    expect((await drill('hang')).status).toBe(200)
    const held = fetch(titleQuery('published'))
    const outcome = held.then(
      () => 'answered',
      () => 'cut off',
    )
    await vi.waitFor(async () =>
      expect(await (await drill('hang')).json()).toMatchObject({ held: 1 }),
    )
    expect((await drill('up')).status).toBe(200)
    expect(await outcome).toBe('cut off')

    const answer = (await (await fetch(titleQuery('published'))).json()) as {
      result: { title: string }
    }
    expect(answer.result.title).toBe('Written in the outage')
    expect(await queriesTaken()).toBe(1)
  })
})
