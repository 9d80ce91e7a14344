import { ARTICLE_ID, ARTICLE_PATH } from '../../support/cluster-helpers'
import { findDocument } from '../../support/publishing-helpers'
import { CLUSTER_DATASET } from '../../support/servers'
import { expect, test } from './fixtures'

/**
 * The router's own requests (prefetches of each segment, navigations carrying the router
 * state) through the edge's keys: twice, so the second visit is served from the cache,
 * where a key that mixed two answers would show the wrong page.
 */
test('a visitor moves between pages in the browser, first through instances, then the cache', async ({
  cluster,
  page,
}) => {
  const title = findDocument(ARTICLE_ID, CLUSTER_DATASET).title as string
  const routerAnswers: (string | undefined)[] = []
  page.on('response', (response) => {
    if (response.request().headers()['rsc'] === '1')
      routerAnswers.push(response.headers()['x-edge-cache'])
  })
  for (let visit = 0; visit < 2; visit += 1) {
    await page.goto(`${cluster.edgeUrl}/insights`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Insights')
    // Gone after a full page load: the router must move without one.
    await page.evaluate(() => document.documentElement.setAttribute('data-same-document', ''))
    await page.locator(`a[href="${ARTICLE_PATH}"]`).first().click()
    await expect(page).toHaveURL(cluster.edgeUrl + ARTICLE_PATH)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await page.getByRole('link', { name: 'Insights' }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Insights')
    await expect(page.locator('html[data-same-document]')).toHaveCount(1)
  }
  expect(routerAnswers.length).toBeGreaterThan(0)
  expect(routerAnswers).toContain('HIT')
})
