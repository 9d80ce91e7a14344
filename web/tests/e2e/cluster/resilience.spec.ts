import {
  ARTICLE_PATH,
  burst,
  failedRequest,
  headingAt,
  publishTo,
  retitleArticle,
} from '../../support/cluster-helpers'
import { expect, test } from './fixtures'

// Last in the project's order (files run alphabetically): a killed instance stays down.
test.describe.configure({ mode: 'serial' })

test('Redis stopped and started again under load costs visitors nothing', async ({ cluster }) => {
  const { failures } = await burst(cluster.poolUrl + ARTICLE_PATH, {
    total: 240,
    concurrency: 6,
    at: { 60: cluster.stopRedis, 160: cluster.startRedis },
  })
  expect(failures).toEqual([])
})

test('while Redis is away the edge’s webhook still reaches every instance, and they catch up after', async ({
  cluster,
  request,
  playwright,
}) => {
  await cluster.stopRedis()
  const duringOutage = `${await headingAt(cluster.edgeUrl + ARTICLE_PATH)} (published without Redis)`
  await publishTo(request, retitleArticle(duringOutage))
  // The edge sends the webhook to every instance, so none needs Redis to learn of it.
  await expect
    .poll(() => Promise.all(cluster.instanceUrls.map((url) => headingAt(url + ARTICLE_PATH))))
    .toEqual(cluster.instanceUrls.map(() => duringOutage))

  // A webhook to one instance while Redis is away: the others keep serving what they have...
  const toOne = `${duringOutage} (to one instance)`
  const firstInstance = await playwright.request.newContext({ baseURL: cluster.instanceUrls[0] })
  await publishTo(firstInstance, retitleArticle(toOne))
  await firstInstance.dispose()
  expect(await headingAt(cluster.instanceUrls[1] + ARTICLE_PATH)).toBe(duringOutage)

  // ...and learn of it once Redis is back, as does the edge.
  await cluster.startRedis()
  await expect
    .poll(() => Promise.all(cluster.instanceUrls.map((url) => headingAt(url + ARTICLE_PATH))))
    .toEqual(cluster.instanceUrls.map(() => toOne))
  await expect.poll(() => headingAt(cluster.edgeUrl + ARTICLE_PATH)).toBe(toOne)
})

test('an instance stopped under load (a deploy, an orchestrator) costs visitors nothing', async ({
  cluster,
}) => {
  const { failures } = await burst(cluster.poolUrl + ARTICLE_PATH, {
    total: 240,
    concurrency: 6,
    at: { 60: () => cluster.stopInstance(3) },
  })
  expect(failures).toEqual([])
})

test('an instance killed under load: every request from then on is answered', async ({
  cluster,
}) => {
  const { failures, startedBefore } = await burst(cluster.poolUrl + ARTICLE_PATH, {
    total: 240,
    concurrency: 6,
    at: { 60: () => cluster.killInstance(2) },
  })
  // A response the instance was streaming at the instant it died cannot be finished by any
  // proxy (nginx retries only what it has not begun to send); every other request succeeds.
  const inFlightAtKill = startedBefore[60]!
  expect(failures.filter((failure) => failedRequest(failure) > inFlightAtKill)).toEqual([])
  expect(failures.length).toBeLessThanOrEqual(6)
  const answers = await fetch(cluster.instanceUrls[1] + ARTICLE_PATH).catch((error: Error) => error)
  expect(answers).toBeInstanceOf(Error) // it really is gone
})
