import { describe, expect, it } from 'vitest'
import type { ReadRevision } from './consistency'
import { answer, harness, signedRequest } from './handler.fixture'

const publish = (rev?: string | null) =>
  JSON.stringify({
    _id: 'venture-x',
    _type: 'venture',
    slug: 'x',
    previousSlug: 'x',
    rev,
    shownOn: { sectors: ['aviation'] },
  })

describe('POST /api/revalidate on the hosted Content Lake', () => {
  it('expires nothing until the Lake shows the published revision, then says it saw it', async () => {
    const events: string[] = []
    const readRevision: ReadRevision = async (id) => {
      events.push(`read ${id}`)
      return events.length < 3 ? 'rev-1' : 'rev-2'
    }
    const { handle, revalidated } = harness({ readRevision })
    const { status, json } = await answer(await handle(await signedRequest(publish('rev-2'))))
    expect(status).toBe(200)
    expect(json).toEqual({
      revalidated: ['venture', 'venture:x', 'home', 'sector:aviation'],
      revision: 'seen',
    })
    expect(events).toEqual(['read venture-x', 'read venture-x', 'read venture-x'])
    expect(revalidated).toHaveLength(4)
  })

  it('waits for a deleted document to be gone', async () => {
    const { handle } = harness({ readRevision: async () => null })
    const { json } = await answer(await handle(await signedRequest(publish(null))))
    expect(json.revision).toBe('seen')
  })

  it('expires anyway, with a 200, when the Lake keeps failing', async () => {
    const readRevision: ReadRevision = async () => {
      throw new Error('the Lake answered 503')
    }
    const { handle, revalidated } = harness({ readRevision })
    const { status, json } = await answer(await handle(await signedRequest(publish('rev-2'))))
    expect(status).toBe(200)
    expect(json.revision).toBe('timed-out')
    expect(revalidated.map(({ tag }) => tag)).toEqual([
      'venture',
      'venture:x',
      'home',
      'sector:aviation',
    ])
  })

  it('falls back to the fixed wait for a webhook defined without the revision', async () => {
    const { handle } = harness({ readRevision: async () => 'rev-2' })
    const { json } = await answer(await handle(await signedRequest(publish())))
    expect(json.revision).toBe('not-given')
  })

  it('refuses a revision that is not a string or null with 400', async () => {
    const { handle, revalidated } = harness({ readRevision: async () => 'rev-2' })
    const body = JSON.stringify({ _id: 'venture-x', _type: 'venture', slug: 'x', rev: 42 })
    expect(await answer(await handle(await signedRequest(body)))).toEqual({
      status: 400,
      json: { error: 'rev must be a string or null' },
    })
    expect(revalidated).toEqual([])
  })
})
