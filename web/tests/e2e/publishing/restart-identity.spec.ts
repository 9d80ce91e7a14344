import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { startNextServer } from '../../../scripts/processes/next-server.ts'
import {
  changeDocument,
  postWebhook,
  publishedBody,
  readDataset,
} from '../../support/publishing-helpers'
import { PUBLISHING_DIR, RESTART_PORT, REVALIDATE_SECRET, SEED } from '../../support/servers'
import { expect, test } from './fixtures'
import { ARTICLE_IDS } from './site-pages'

const DIST = '.next-restart'

/** Every file the runtime page cache holds, read as text. */
function routeCacheText(): string {
  const dir = path.join(DIST, 'server', 'route-cache')
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .join('\n')
}

test('a server started on another dataset never serves pages an earlier one cached', async ({
  request,
}) => {
  test.setTimeout(180_000)
  rmSync(DIST, { recursive: true, force: true })
  cpSync('.next', DIST, { recursive: true })
  const dir = path.join(PUBLISHING_DIR, 'restart')
  mkdirSync(dir, { recursive: true })
  const datasetA = path.join(dir, 'a.ndjson')
  const datasetB = path.join(dir, 'b.ndjson')
  cpSync(SEED, datasetA)
  cpSync(SEED, datasetB)
  const id = ARTICLE_IDS.untouched
  const seedArticle = readDataset(datasetB).find((doc) => doc._id === id)!
  const articlePath = `/insights/${seedArticle.slug!.current}`
  const titleInA = `${String(seedArticle.title)} (dataset A)`
  const serverOn = (dataset: string) =>
    startNextServer({
      name: 'restart server',
      port: RESTART_PORT,
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST,
        SANITY_REVALIDATE_SECRET: REVALIDATE_SECRET,
        CONTENT_DATASET_PATH: dataset,
      },
    })

  // First run, on dataset A: a publish re-renders the article into the runtime page cache.
  const first = await serverOn(datasetA)
  try {
    const changed = changeDocument(id, (doc) => ({ ...doc, title: titleInA }), datasetA)
    const body = JSON.stringify(await publishedBody(changed, changed))
    const published = await postWebhook(request, body, { origin: first.origin })
    expect(published.status()).toBe(200)
    expect(await (await request.get(`${first.origin}${articlePath}`)).text()).toContain(titleInA)
    await expect.poll(routeCacheText).toContain(titleInA)
  } finally {
    await first.stop()
  }

  // Second run, same build, on dataset B: it serves B, not A's cached page.
  const second = await serverOn(datasetB)
  try {
    const html = await (await request.get(`${second.origin}${articlePath}`)).text()
    expect(html).not.toContain(titleInA)
    expect(html).toContain(String(seedArticle.title))
  } finally {
    await second.stop()
    rmSync(DIST, { recursive: true, force: true })
  }
})
