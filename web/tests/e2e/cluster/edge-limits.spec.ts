import { randomBytes } from 'node:crypto'
import { instanceRequests } from '../../support/cluster-helpers'
import { rawGet } from '../../support/raw-request'
import { expect, test } from './fixtures'

test('a webhook body over the site’s limit is refused by the edge, unread', async ({
  cluster,
  request,
}) => {
  const response = await request.post(`${cluster.edgeUrl}/api/revalidate`, {
    headers: { 'content-type': 'application/json' },
    data: Buffer.alloc(64 * 1024 + 1, ' '),
  })
  expect(response.status()).toBe(413)
  // nginx's own page, not the site's JSON refusal: no instance was asked.
  expect(response.headers()['content-type']).toContain('text/html')
})

test('a crawler’s burst of uncached addresses: instances answer the allowance, the rest get 429', async ({
  cluster,
}) => {
  const run = randomBytes(6).toString('hex')
  const total = 300
  const statuses: number[] = []
  let next = 0
  const crawler = async () => {
    while (next < total) {
      next += 1
      const url = `${cluster.edgeUrl}/insights/crawl-${run}-${next}`
      // An address of its own: the limit counts each visitor's address, whatever it claims.
      const headers = { 'x-edge-client': `crawler-${next}`, 'x-forwarded-for': `10.0.0.${next}` }
      statuses.push((await rawGet(url, { headers, localAddress: '127.0.0.2' })).status)
    }
  }
  await Promise.all(Array.from({ length: 15 }, crawler))

  const answered = statuses.filter((status) => status === 404).length
  const refused = statuses.filter((status) => status === 429).length
  expect(answered + refused).toBe(total)
  expect(refused).toBeGreaterThan(0)
  const reached = instanceRequests(cluster.instancesLog).filter((line) => line.includes(run))
  expect(reached.length).toBe(answered)
})
