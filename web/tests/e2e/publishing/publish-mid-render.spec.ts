import { setTimeout as sleep } from 'node:timers/promises'
import { LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import { expect, publishEdit, test } from './fixtures'

const ROUNDS = 20

/**
 * Next dates a stored page from when it was stored: a render that read the content before a
 * publish and finished after its webhook would be kept, and the publish hidden until the
 * next one (src/next-cache/page-cache.ts). Each round lands a publish at another moment of a render; with
 * Next's own page cache, 6 rounds of 20 lost their publish.
 */
test('a publish that lands while its page is being rendered shows on the next visit', async ({
  request,
  dataset,
}) => {
  test.setTimeout(120_000)
  const lost: number[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    // A publish of one of its sectors expires the Sectors page: the next visit renders it.
    await publishEdit(
      request,
      dataset.change('sector-aviation', (doc) => doc),
    )
    const rendering = request.get('/sectors')
    await sleep((round * 7) % 140)
    const eyebrow = `Published in round ${round}`
    await publishEdit(
      request,
      dataset.change(LISTING_PAGE_IDS.sectors, (doc) => ({ ...doc, eyebrow })),
    )
    expect((await rendering).status()).toBe(200)
    const after = await (await request.get('/sectors')).text()
    if (!after.includes(`>${eyebrow}<`)) lost.push(round)
  }
  expect(lost, 'rounds whose publish the next visit did not show').toEqual([])
})
