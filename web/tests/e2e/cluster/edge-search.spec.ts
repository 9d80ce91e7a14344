import { instanceRequests } from '../../support/cluster-helpers'
import { rawGet } from '../../support/raw-request'
import { expect, test } from './fixtures'

const searches = (base: string) => [
  `${base}/search?q=aviation`,
  `${base}/search?q=resilience`,
  `${base}/search?q=aviation&page=2`,
]

/**
 * How often this exact address has reached an instance. Counted by address, not in total:
 * other traffic (the edge refreshing a stale page in the background, a retry on the next
 * instance) may reach instances while a search is asked.
 */
const reachedWith = (log: string, url: string) => {
  const { pathname, search } = new URL(url)
  return instanceRequests(log).filter((line) => line.includes(`"GET ${pathname}${search} `)).length
}

test('search is never stored at the edge: each query reaches an instance and gets its own answer', async ({
  cluster,
}) => {
  for (let round = 0; round < 2; round += 1) {
    for (const url of searches(cluster.edgeUrl)) {
      const reachedBefore = reachedWith(cluster.instancesLog, url)
      const answer = await rawGet(url)
      const query = new URL(url).searchParams.get('q')!
      expect([url, answer.status, answer.headers['x-edge-cache']]).toEqual([url, 200, undefined])
      expect(answer.headers['cache-control']).toContain('no-store')
      expect(answer.body.toString()).toContain(`for “${query}”`)
      expect(reachedWith(cluster.instancesLog, url)).toBeGreaterThan(reachedBefore)
    }
  }
})
