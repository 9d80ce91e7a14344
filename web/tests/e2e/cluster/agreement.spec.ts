import { ARTICLE_ID, ARTICLE_PATH, headingAt } from '../../support/cluster-helpers'
import { findDocument } from '../../support/publishing-helpers'
import { CLUSTER_DATASET } from '../../support/servers'
import { expect, test } from './fixtures'

test('the edge and every instance serve the same article', async ({ cluster }) => {
  const throughEdge = await headingAt(cluster.edgeUrl + ARTICLE_PATH)
  expect(throughEdge).toBe(findDocument(ARTICLE_ID, CLUSTER_DATASET).title)
  for (const instance of cluster.instanceUrls) {
    expect(await headingAt(instance + ARTICLE_PATH)).toBe(throughEdge)
  }
})

test('the edge keeps an address’s HTML and its RSC payload apart', async ({ cluster }) => {
  const url = `${cluster.edgeUrl}${ARTICLE_PATH}?_rsc`
  // The RSC payload first, then the same address as a document: with a key that ignored the
  // RSC header the second would be the cached payload.
  for (let round = 0; round < 2; round += 1) {
    const rsc = await fetch(url, { headers: { RSC: '1' } })
    expect(rsc.headers.get('content-type')).toContain('text/x-component')
    await rsc.arrayBuffer()
    const html = await fetch(url)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(await html.text()).toContain('<h1')
  }
  const again = await fetch(url, { headers: { RSC: '1' } })
  expect(again.headers.get('x-edge-cache')).toBe('HIT')
  expect(again.headers.get('content-type')).toContain('text/x-component')
})

test('the edge serves a cached page from its cache', async ({ cluster }) => {
  await fetch(cluster.edgeUrl + ARTICLE_PATH).then((response) => response.arrayBuffer())
  const second = await fetch(cluster.edgeUrl + ARTICLE_PATH)
  expect(second.headers.get('x-edge-cache')).toBe('HIT')
})
