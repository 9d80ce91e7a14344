import { setTimeout as sleep } from 'node:timers/promises'
import { LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import { servePage } from '../../support/page-cache'
import { expect, publishEdit, test } from './fixtures'

const ROUNDS = 20

/**
 * Next dates a stored page from when it was stored: a render that read the content before a
 * publish and finished after its webhook would be kept, and the publish hidden until the
 * next one (src/page-cache/). Each round lands a publish at another moment of a render; with
 * Next's own page cache, 6 rounds of 20 lost their publish.
 *
 * A round only tests this when the publish really landed mid-render, so the test counts
 * those and fails without one: the page was rendered for that request (`MISS`), from the
 * content before the publish, and its answer came back after the webhook's.
 */
test('a publish that lands while its page is being rendered shows on the next visit', async ({
  request,
  dataset,
}) => {
  test.setTimeout(120_000)
  const lost: number[] = []
  const overlapped: number[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    // A publish of one of its sectors expires the Sectors page: the next visit renders it.
    await publishEdit(
      request,
      dataset.change('sector-aviation', (doc) => doc),
    )
    let renderAnsweredAt = Infinity
    const rendering = servePage(request, '/sectors').then((served) => {
      renderAnsweredAt = performance.now()
      return served
    })
    await sleep((round * 7) % 140)
    const eyebrow = `Published in round ${round}`
    await publishEdit(
      request,
      dataset.change(LISTING_PAGE_IDS.sectors, (doc) => ({ ...doc, eyebrow })),
    )
    const webhookAnsweredAt = performance.now()
    const rendered = await rendering
    expect(rendered.status).toBe(200)
    const readBeforePublish = !rendered.html.includes(`>${eyebrow}<`)
    if (rendered.cache === 'MISS' && readBeforePublish && renderAnsweredAt > webhookAnsweredAt)
      overlapped.push(round)
    const after = await (await request.get('/sectors')).text()
    if (!after.includes(`>${eyebrow}<`)) lost.push(round)
  }
  test.info().annotations.push({
    type: 'rounds that overlapped a render',
    description: `${overlapped.length} of ${ROUNDS}: ${overlapped.join(', ')}`,
  })
  expect(
    overlapped.length,
    'rounds whose publish landed while the page was rendering',
  ).toBeGreaterThan(0)
  expect(lost, 'rounds whose publish the next visit did not show').toEqual([])
})
