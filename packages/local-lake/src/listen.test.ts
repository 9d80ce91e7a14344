import { applyPatch } from 'mendoza'
import { afterEach, describe, expect, it } from 'vitest'
import { article, startTestLake } from './test-lake'

let lake: Awaited<ReturnType<typeof startTestLake>>
afterEach(() => lake?.close())

/** Reads server-sent events off a stream until `count` have arrived. */
async function readEvents(stream: ReadableStream<Uint8Array>, count: number) {
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  let text = ''
  while (text.split('\n\n').filter((frame) => frame.startsWith('event:')).length < count) {
    const { value, done } = await reader.read()
    if (done) break
    text += decoder.decode(value, { stream: true })
  }
  await reader.cancel()
  return text
    .split('\n\n')
    .filter((frame) => frame.startsWith('event:'))
    .map((frame) => ({
      event: /^event: (.+)$/m.exec(frame)?.[1],
      data: JSON.parse(/^data: (.+)$/m.exec(frame)?.[1] ?? 'null'),
    }))
}

describe('the listener', () => {
  it('welcomes, then sends each matching change with its mutations and mendoza effects', async () => {
    lake = await startTestLake([article('a', 'A'), article('b', 'B')])
    const search = new URLSearchParams({ query: '*[_id in $ids]', $ids: '["a"]' })
    const response = await fetch(lake.api(`/data/listen/production?${search}`))
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    const events = readEvents(response.body!, 2)
    await lake.post('/data/mutate/production', {
      mutations: [{ patch: { id: 'b', set: { title: 'Not watched' } } }],
    })
    await lake.post('/data/mutate/production', {
      mutations: [{ patch: { id: 'a', set: { title: 'Watched' } } }],
    })
    const [welcome, mutation] = await events
    expect(welcome?.event).toBe('welcome')
    expect(mutation?.data).toMatchObject({
      documentId: 'a',
      previousRev: 'seed',
      transition: 'update',
      transactionTotalEvents: 1,
      mutations: [{ patch: { id: 'a', set: { title: 'Watched' } } }],
    })
    const { _rev: _ignored, ...before } = article('a', 'A')
    expect(applyPatch(before, mutation?.data.effects.apply)).toMatchObject({ title: 'Watched' })
  })

  it('keeps a Live Content API stream open and asks its clients to refetch after a change', async () => {
    lake = await startTestLake([article('a', 'A')])
    const response = await fetch(lake.api('/data/live/events/production'))
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    const events = readEvents(response.body!, 2)
    await lake.post('/data/mutate/production', {
      mutations: [{ patch: { id: 'a', set: { title: 'Changed' } } }],
    })
    expect((await events).map(({ event }) => event)).toEqual(['welcome', 'restart'])
  })
})
