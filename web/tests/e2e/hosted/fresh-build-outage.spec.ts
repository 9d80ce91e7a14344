import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { origin } from '../../../scripts/processes/loopback.ts'
import { type NextServer, startNextServer } from '../../../scripts/processes/next-server.ts'
import { drill, expireDocument, seedDocument, writeToLake } from '../../support/hosted-lake'
import {
  CONTENT_LAKE_PORT,
  FRESH_HOSTED_DIST,
  HOSTED_PROJECT,
  RESTART_PORT,
  REVALIDATE_SECRET,
} from '../../support/servers'

const seedArticle = seedDocument('article-layered-systems-complex-security-environments')
const articleTitle = String(seedArticle.title)
const homeHeading = String((seedDocument('home').hero as { heading: string }).heading)
/** The bound the site promises visitors while the Lake is down: a 200 within 15 s. */
const IN_TIME = { timeout: 15_000 }

/** A server on the hosted build as `next build` left it: nothing read at runtime yet. */
const startFreshServer = () =>
  startNextServer({
    name: 'fresh hosted server',
    port: RESTART_PORT,
    env: {
      ...process.env,
      NEXT_DIST_DIR: FRESH_HOSTED_DIST,
      SANITY_PROJECT_ID: HOSTED_PROJECT.projectId,
      SANITY_DATASET: HOSTED_PROJECT.dataset,
      SANITY_API_HOST: origin(CONTENT_LAKE_PORT),
      SANITY_REVALIDATE_SECRET: REVALIDATE_SECRET,
    },
  })

/** Each page a publish of the article expires, and what it showed when the build rendered it. */
const EXPIRED_PAGES: [string, (page: Page, title: string) => Promise<void>][] = [
  [
    `/insights/${seedArticle.slug!.current}`,
    (page, title) => expect(page.getByRole('heading', { level: 1 })).toHaveText(title),
  ],
  ['/insights', (page, title) => expect(page.getByRole('link', { name: title })).toBeVisible()],
  ['/', (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText(homeHeading)],
]

async function expectLastGoodPages(page: Page, server: NextServer, title = articleTitle) {
  for (const [path, shows] of EXPIRED_PAGES) {
    const response = await page.goto(`${server.origin}${path}`, IN_TIME)
    expect(response?.status(), path).toBe(200)
    await shows(page, title)
    await expect(page.getByText('Something went wrong.')).toHaveCount(0)
  }
}

let server: NextServer | undefined
let webhooks: APIRequestContext | undefined

test.afterEach(async ({ request }) => {
  await server?.stop()
  await webhooks?.dispose()
  await drill(request, 'up')
  await writeToLake(request, [{ createOrReplace: seedArticle }])
  // The suite's own hosted server reads the same lake.
  await expireDocument(request, seedArticle)
})

test('a fresh build serves its last good pages through an outage, a restart and back', async ({
  page,
  playwright,
  request,
}) => {
  test.setTimeout(240_000)
  // The Lake hangs before the server has read anything: only what the build read can answer.
  await drill(request, 'hang')
  server = await startFreshServer()
  webhooks = await playwright.request.newContext({ baseURL: server.origin })
  await expireDocument(webhooks, seedArticle)
  await expectLastGoodPages(page, server)

  await drill(request, 'fail')
  await expireDocument(webhooks, seedArticle)
  await expectLastGoodPages(page, server)

  // Restarted while the Lake still fails: the last good reads are kept on disk.
  await server.stop()
  server = await startFreshServer()
  await webhooks.dispose()
  webhooks = await playwright.request.newContext({ baseURL: server.origin })
  await expireDocument(webhooks, seedArticle)
  await expectLastGoodPages(page, server)

  // The Lake comes back and an editor publishes: the next visits show it.
  const revised = { ...seedArticle, title: `${articleTitle} (after the outage)` }
  await drill(request, 'up')
  await writeToLake(request, [{ createOrReplace: revised }])
  await expireDocument(webhooks, revised)
  for (const [path, shows] of EXPIRED_PAGES.slice(0, 2)) {
    expect((await page.goto(`${server.origin}${path}`, IN_TIME))?.status()).toBe(200)
    await shows(page, revised.title)
  }
})
