import { randomBytes } from 'node:crypto'
import { imageUrl } from '@chaffcent/content/image-url'
import { previewModeId } from '../../../scripts/cluster/build-copy.ts'
import { ARTICLE_PATH, instanceRequests } from '../../support/cluster-helpers'
import { writeImageAssets } from '../../support/image-fixtures'
import { rawGet } from '../../support/raw-request'
import { CLUSTER_DATASET } from '../../support/servers'
import { EMBEDDED_IMAGES } from '../../../src/content/config'
import { expect, test } from './fixtures'

const PAGES = ['/', '/insights', ARTICLE_PATH]
const junk = () => randomBytes(6).toString('hex')
const RSC = { rsc: '1' } // `?_rsc` is the hash of no other router header

test('a flood of query strings, header values and junk draft cookies is answered from the cache', async ({
  cluster,
}) => {
  for (const page of PAGES) {
    await expect
      .poll(async () => (await rawGet(cluster.edgeUrl + page)).headers['x-edge-cache'])
      .toBe('HIT')
    const rsc = `${cluster.edgeUrl}${page}?_rsc`
    await expect
      .poll(async () => (await rawGet(rsc, { headers: RSC })).headers['x-edge-cache'])
      .toBe('HIT')
  }
  const reachedBefore = instanceRequests(cluster.instancesLog).length

  for (let n = 0; n < 240; n += 1) {
    const page = PAGES[n % PAGES.length]!
    const asRsc = n % 2 === 0
    // Every value a visitor controls and Next does not answer differently for.
    const headers: Record<string, string> = {
      host: `${junk()}.example`,
      cookie: `__prerender_bypass=${junk()}; other=${junk()}`,
      accept: `text/${junk()}`,
      'next-router-state-tree': encodeURIComponent(JSON.stringify(['', { children: [junk()] }])),
      'next-url': `/${junk()}`,
      'next-router-prefetch': `9${junk()}`,
      rsc: asRsc ? '1' : junk(),
    }
    const url = `${cluster.edgeUrl}${page}?${asRsc ? `_rsc=${junk()}&` : ''}utm_${junk()}=${junk()}`
    const answer = await rawGet(url, { headers })
    expect([n, answer.status, answer.headers['x-edge-cache']]).toEqual([n, 200, 'HIT'])
    expect(answer.headers['content-type']).toContain(asRsc ? 'text/x-component' : 'text/html')
  }

  expect(instanceRequests(cluster.instancesLog).length).toBe(reachedBefore)
  for (const page of PAGES) {
    expect((await rawGet(cluster.edgeUrl + page)).headers['x-edge-cache']).toBe('HIT')
  }
})

test('only the build’s own draft-mode cookie skips the cache, to an instance', async ({
  cluster,
}) => {
  const draft = { cookie: `__prerender_bypass=${previewModeId('.next')}` }
  const reachedBefore = instanceRequests(cluster.instancesLog).length
  for (let round = 0; round < 2; round += 1) {
    const answer = await rawGet(cluster.edgeUrl + ARTICLE_PATH, { headers: draft })
    expect([answer.status, answer.headers['x-edge-cache']]).toEqual([200, 'BYPASS'])
  }
  expect(instanceRequests(cluster.instancesLog).length).toBe(reachedBefore + 2)
})

test('a segment name no build writes is asked of an instance every time, never stored', async ({
  cluster,
}) => {
  const headers = {
    ...RSC,
    'next-router-prefetch': '1',
    'next-router-segment-prefetch': `/${junk()}/__PAGE__`,
  }
  // Next first redirects to the address carrying the hash of these headers.
  const redirect = await rawGet(cluster.edgeUrl + ARTICLE_PATH, { headers })
  expect(redirect.status).toBe(307)
  for (let round = 0; round < 2; round += 1) {
    const answer = await rawGet(cluster.edgeUrl + redirect.headers.location!, { headers })
    expect([answer.status, answer.headers['x-edge-cache']]).toEqual([404, 'MISS'])
  }
})

test('each visitor gets an image in a format their browser named', async ({ cluster }) => {
  const [cover] = await writeImageAssets(CLUSTER_DATASET) // a JPEG
  const host = { ...EMBEDDED_IMAGES, baseUrl: '/' }
  const url = cluster.edgeUrl + imageUrl({ asset: { _ref: cover!._id } }, 480, { host })
  const typeFor = async (accept: string) => {
    const answer = await rawGet(url, { headers: { accept } })
    expect(answer.status).toBe(200)
    return answer.headers['content-type']
  }
  // The first visitor's format must not be served to the next, in either order.
  for (let round = 0; round < 2; round += 1) {
    expect(await typeFor('image/webp,*/*')).toBe('image/webp')
    expect(await typeFor('image/png,*/*')).toBe('image/jpeg')
  }
  expect((await rawGet(url, { headers: { accept: 'image/webp' } })).headers['x-edge-cache']).toBe(
    'HIT',
  )
})
