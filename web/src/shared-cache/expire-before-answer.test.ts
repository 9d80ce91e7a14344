import { afterEach, describe, expect, it } from 'vitest'
import { answerAfterSharedExpiry, EXPIRE_TAGS, offerExpireTags } from './expire-before-answer'

describe('answerAfterSharedExpiry', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[EXPIRE_TAGS]
  })
  const answering = (status: number, body: unknown) => async () => Response.json(body, { status })
  const request = new Request('http://localhost/api/revalidate', { method: 'POST' })

  it('answers as the handler did when the shared cache is off', async () => {
    const response = await answerAfterSharedExpiry(answering(200, { revalidated: ['article'] }))(
      request,
    )
    expect(await response.json()).toEqual({ revalidated: ['article'] })
  })

  it('expires the revalidated tags everywhere before answering', async () => {
    const events: string[] = []
    offerExpireTags(async (tags, durations) => {
      events.push(`expired ${tags.join(' ')} ${JSON.stringify(durations)}`)
    })
    const handler = answerAfterSharedExpiry(answering(200, { revalidated: ['article', 'home'] }))
    const response = await handler(request)
    events.push('answered')
    expect(events).toEqual(['expired article home {"expire":0}', 'answered'])
    expect(await response.json()).toEqual({ revalidated: ['article', 'home'] })
  })

  it('expires nothing for a refused request', async () => {
    let called = false
    offerExpireTags(async () => {
      called = true
    })
    const response = await answerAfterSharedExpiry(answering(401, { error: 'no' }))(request)
    expect(response.status).toBe(401)
    expect(called).toBe(false)
  })
})
