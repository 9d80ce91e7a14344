import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isValidSignature } from '@sanity/webhook'
import { afterEach, describe, expect, it } from 'vitest'
import { article, startTestLake } from './test-lake'

const SECRET = 'test-webhook-secret'
let lake: Awaited<ReturnType<typeof startTestLake>>
let site: ReturnType<typeof createServer>
afterEach(() => {
  lake?.close()
  site?.close()
})

/** A stand-in for the site's /api/revalidate: records each delivery and checks its signature. */
async function startSite() {
  const received: { path: string; body: unknown; signed: boolean }[] = []
  site = createServer(async (request, response) => {
    let text = ''
    for await (const chunk of request) text += chunk
    const header = String(request.headers['sanity-webhook-signature'])
    const signed = await isValidSignature(text, header, SECRET)
    received.push({ path: request.url ?? '', body: JSON.parse(text), signed })
    response.writeHead(200).end('{}')
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${(site.address() as AddressInfo).port}`, received }
}

describe('the revalidation webhook, sent as Sanity sends it', () => {
  it('signs the projection of a publish (with the revision its reads show) and of a delete, and sends nothing for a draft', async () => {
    const { origin, received } = await startSite()
    lake = await startTestLake([article('a', 'A', 'old-slug')], {
      webhook: { siteOrigin: origin, secret: SECRET },
    })
    const act = (action: object) => lake.post('/data/actions/production', { actions: [action] })
    const ids = { draftId: 'drafts.a', publishedId: 'a' }
    const patch = { set: { 'slug.current': 'new-slug' } }
    await act({ actionType: 'sanity.action.document.edit', ...ids, patch })
    await lake.lake.webhooksDelivered()
    expect(received).toEqual([])

    await act({ actionType: 'sanity.action.document.publish', ...ids })
    await lake.lake.webhooksDelivered()
    // The site reads the revision back until the Lake shows it: here it must, at once.
    const query = encodeURIComponent('*[_id == "a"][0]._rev')
    const read = await fetch(lake.api(`/data/query/production?query=${query}`))
    const publishedRev = ((await read.json()) as { result: unknown }).result
    expect(publishedRev).toEqual(expect.any(String))
    expect(publishedRev).not.toBe('seed')

    await act({ actionType: 'sanity.action.document.delete', publishedId: 'a', includeDrafts: [] })
    await lake.lake.webhooksDelivered()
    expect(received).toEqual([
      {
        path: '/api/revalidate',
        signed: true,
        body: {
          _id: 'a',
          _type: 'article',
          slug: 'new-slug',
          previousSlug: 'old-slug',
          rev: publishedRev,
          shownOn: { sectors: [] },
        },
      },
      {
        path: '/api/revalidate',
        signed: true,
        body: {
          _id: 'a',
          _type: 'article',
          slug: 'new-slug',
          previousSlug: 'new-slug',
          rev: null,
          shownOn: { sectors: [] },
        },
      },
    ])
  })

  it('names the sectors a published venture was and is in, by their slugs in the dataset', async () => {
    const { origin, received } = await startSite()
    const sector = (slug: string) => ({ ...article(`sector-${slug}`, slug, slug), _type: 'sector' })
    const inSectors = (...slugs: string[]) =>
      slugs.map((slug) => ({ _key: slug, _type: 'reference', _ref: `sector-${slug}` }))
    const venture = { ...article('v', 'V'), _type: 'venture', sectors: inSectors('aviation') }
    lake = await startTestLake([sector('aviation'), sector('energy'), venture], {
      webhook: { siteOrigin: origin, secret: SECRET },
    })
    const act = (action: object) => lake.post('/data/actions/production', { actions: [action] })
    const ids = { draftId: 'drafts.v', publishedId: 'v' }
    const patch = { set: { sectors: inSectors('energy') } }
    await act({ actionType: 'sanity.action.document.edit', ...ids, patch })
    await act({ actionType: 'sanity.action.document.publish', ...ids })
    await lake.lake.webhooksDelivered()
    expect(received.map(({ body }) => body)).toEqual([
      expect.objectContaining({ _id: 'v', shownOn: { sectors: ['aviation', 'energy'] } }),
    ])
  })
})
