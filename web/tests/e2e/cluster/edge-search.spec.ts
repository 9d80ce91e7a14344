import { instanceRequests } from '../../support/cluster-helpers'
import { rawGet } from '../../support/raw-request'
import { expect, test } from './fixtures'

const searches = (base: string) => [
  `${base}/search?q=aviation`,
  `${base}/search?q=resilience`,
  `${base}/search?q=aviation&page=2`,
]

test('search is never stored at the edge: each query reaches an instance and gets its own answer', async ({
  cluster,
}) => {
  for (let round = 0; round < 2; round += 1) {
    for (const url of searches(cluster.edgeUrl)) {
      const reachedBefore = instanceRequests(cluster.instancesLog).length
      const answer = await rawGet(url)
      const query = new URL(url).searchParams.get('q')!
      expect([url, answer.status, answer.headers['x-edge-cache']]).toEqual([url, 200, undefined])
      expect(answer.headers['cache-control']).toContain('no-store')
      expect(answer.body.toString()).toContain(`for “${query}”`)
      expect(instanceRequests(cluster.instancesLog).length).toBe(reachedBefore + 1)
    }
  }
})
