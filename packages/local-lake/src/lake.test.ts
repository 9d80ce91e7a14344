import { readFileSync } from 'node:fs'
import { readNdjson } from '@chaffcent/content/dataset'
import { afterEach, describe, expect, it } from 'vitest'
import { article, startTestLake } from './test-lake'

let lake: Awaited<ReturnType<typeof startTestLake>>
afterEach(() => lake?.close())

const query = async (groq: string, perspective?: string) => {
  const search = new URLSearchParams({ query: groq, ...(perspective ? { perspective } : {}) })
  const response = await fetch(lake.api(`/data/query/production?${search}`))
  return ((await response.json()) as { result: unknown }).result
}

describe('the local Content Lake: queries and documents', () => {
  it('answers GROQ in each perspective: published, drafts laid over, raw', async () => {
    lake = await startTestLake([
      article('a', 'Live'),
      article('drafts.a', 'Edited'),
      article('b', 'B'),
    ])
    expect(await query('*[_id == "a"][0].title')).toBe('Live')
    expect(await query('*[_id == "a"][0].title', 'drafts')).toBe('Edited')
    expect(await query('count(*)', 'raw')).toBe(3)
    expect(await query('count(*)', 'published')).toBe(2)
  })

  it('gives documents by id and says which are missing', async () => {
    lake = await startTestLake([article('a', 'A')])
    const response = await fetch(lake.api('/data/doc/production/a,nope'))
    expect(await response.json()).toMatchObject({
      documents: [{ _id: 'a', title: 'A' }],
      omitted: [{ id: 'nope', reason: 'existence' }],
    })
  })

  it('answers what it does not know, bad queries and other datasets with clear JSON errors', async () => {
    lake = await startTestLake([article('a', 'A')])
    const unknown = await fetch(lake.api('/assets/files/production'))
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ error: { type: 'httpNotFound' } })
    const broken = new URLSearchParams({ query: '*[_type ==' })
    expect((await fetch(lake.api(`/data/query/production?${broken}`))).status).toBe(400)
    expect((await fetch(lake.api('/data/query/staging?query=count(*)'))).status).toBe(404)
    expect((await lake.post('/data/mutate/production', 'nonsense')).status).toBe(400)
  })
})

describe('the local Content Lake: mutations and actions', () => {
  it('applies a transaction with Sanity mutator semantics and writes the file through', async () => {
    lake = await startTestLake([article('a', 'A')])
    const response = await lake.post('/data/mutate/production', {
      mutations: [{ patch: { id: 'a', set: { title: 'Patched' } } }, { create: article('c', 'C') }],
    })
    expect(response.status).toBe(200)
    const { transactionId, results } = (await response.json()) as {
      transactionId: string
      results: unknown
    }
    expect(results).toEqual([
      { id: 'a', operation: 'update' },
      { id: 'c', operation: 'create' },
    ])
    const onDisk = readNdjson(lake.datasetFile)
    expect(onDisk.find((doc) => doc._id === 'a')).toMatchObject({
      title: 'Patched',
      _rev: transactionId,
    })
    expect(onDisk).toHaveLength(2)
  })

  it('refuses a create of an existing document and a patch at a stale revision, changing nothing', async () => {
    lake = await startTestLake([article('a', 'A')])
    const before = readFileSync(lake.datasetFile, 'utf8')
    const duplicate = await lake.post('/data/mutate/production', {
      mutations: [{ create: article('a', 'X') }],
    })
    expect(duplicate.status).toBe(409)
    const stale = { patch: { id: 'a', ifRevisionID: 'old', set: { title: 'X' } } }
    expect((await lake.post('/data/mutate/production', { mutations: [stale] })).status).toBe(409)
    expect(readFileSync(lake.datasetFile, 'utf8')).toBe(before)
  })

  it('edits into a draft, publishes it and unpublishes it through the Actions API', async () => {
    lake = await startTestLake([article('a', 'A')])
    const act = (action: object) => lake.post('/data/actions/production', { actions: [action] })
    const ids = { draftId: 'drafts.a', publishedId: 'a' }
    await act({
      actionType: 'sanity.action.document.edit',
      ...ids,
      patch: { set: { title: 'New' } },
    })
    expect(await query('*[_id == "a"][0].title')).toBe('A')
    expect(await query('*[_id == "drafts.a"][0].title', 'raw')).toBe('New')
    await act({ actionType: 'sanity.action.document.publish', ...ids })
    expect(await query('*[_id in ["a", "drafts.a"]].title', 'raw')).toEqual(['New'])
    await act({ actionType: 'sanity.action.document.unpublish', ...ids })
    expect(await query('*[_id in ["a", "drafts.a"]]._id', 'raw')).toEqual(['drafts.a'])
  })
})
