import { ARTICLE_PATH, headingAt, publishTo, retitleArticle } from '../../support/cluster-helpers'
import { expect, test } from './fixtures'

test('one signed webhook to the edge makes the edge and every instance fresh', async ({
  cluster,
  request,
}) => {
  // Every server and the edge hold the current page first.
  const before = await headingAt(cluster.edgeUrl + ARTICLE_PATH)
  for (const instance of cluster.instanceUrls)
    expect(await headingAt(instance + ARTICLE_PATH)).toBe(before)
  expect(await headingAt(cluster.edgeUrl + ARTICLE_PATH)).toBe(before)

  const title = `${before} (published through the edge)`
  await publishTo(request, retitleArticle(title))

  // The first request after the webhook's answer is fresh everywhere: no waiting, no retries.
  expect(await headingAt(cluster.edgeUrl + ARTICLE_PATH)).toBe(title)
  for (const instance of cluster.instanceUrls)
    expect(await headingAt(instance + ARTICLE_PATH)).toBe(title)
})

test('a webhook that reaches one instance directly expires the page on every instance', async ({
  cluster,
  playwright,
}) => {
  const title = `${await headingAt(cluster.edgeUrl + ARTICLE_PATH)} (published to one instance)`
  const firstInstance = await playwright.request.newContext({ baseURL: cluster.instanceUrls[0] })
  await publishTo(firstInstance, retitleArticle(title))
  await firstInstance.dispose()
  for (const instance of cluster.instanceUrls)
    expect(await headingAt(instance + ARTICLE_PATH)).toBe(title)
  expect(await headingAt(cluster.edgeUrl + ARTICLE_PATH)).toBe(title)
})
