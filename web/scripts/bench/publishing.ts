// What `publish`, `load`, `publish-local` and `edge` share: a copy of the seed dataset edited as the studio
// would, the signed webhook Sanity would send (the tests' helpers, tests/support/), and one
// timed publish of the seed article's title.
import { randomBytes } from 'node:crypto'
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { type APIRequestContext, request } from '@playwright/test'
import { ARTICLE_ID, ARTICLE_PATH } from '../../tests/support/cluster-helpers.ts'
import { htmlShows } from '../../tests/support/publish-cases.ts'
import {
  changeDocument,
  findDocument,
  sendWebhook,
  type StoredDocument,
} from '../../tests/support/publishing-helpers.ts'
import { SEED } from '../../tests/support/servers.ts'
import {
  atEnd,
  copySiteBuild,
  ensureSiteBuild,
  type NextServer,
  startNextServer,
} from './processes.ts'
import { embeddedEnv, PUBLISH_DATASET_DIR } from './settings.ts'

/** A throwaway copy of the seed dataset, deleted at the end of the run. */
export function copySeedDataset(): { file: string; remove: () => Promise<void> } {
  rmSync(PUBLISH_DATASET_DIR, { recursive: true, force: true })
  mkdirSync(PUBLISH_DATASET_DIR, { recursive: true })
  const file = path.join(PUBLISH_DATASET_DIR, 'production.ndjson')
  cpSync(SEED, file)
  return {
    file,
    remove: atEnd(() => rmSync(PUBLISH_DATASET_DIR, { recursive: true, force: true })),
  }
}

/** Where a publish goes: the site (or edge) that receives the webhook, its secret and dataset. */
export interface PublishTarget {
  siteUrl: string
  secret: string
  dataset: string
}

const webhookClients = new Map<string, Promise<APIRequestContext>>()

/** Sends the webhook for `before` → `after` to the target; resolves to the tags it expired. */
export async function publish(
  target: PublishTarget,
  before: StoredDocument,
  after: StoredDocument,
): Promise<string[]> {
  if (!webhookClients.has(target.siteUrl)) {
    const client = request.newContext({ baseURL: target.siteUrl })
    webhookClients.set(target.siteUrl, client)
    atEnd(async () => (await client).dispose())
  }
  const client = await webhookClients.get(target.siteUrl)!
  const response = await sendWebhook(client, before, after, { secret: target.secret })
  const answer = await response.text()
  if (response.status() !== 200)
    throw new Error(`/api/revalidate answered ${response.status()}: ${answer.slice(0, 300)}`)
  return (JSON.parse(answer) as { revalidated: string[] }).revalidated
}

/** What a publish should take to reach visitors, at the 95th percentile. */
export const TARGET_P95_MS = 1_000

export interface PublishTiming {
  ms: number
  webhookMs: number
  requests: number
  revalidated: string[]
}

/**
 * Retitles the seed article and times it to its page: the clock starts just before the
 * webhook (the Content Lake has stored the change when Sanity sends it) and stops at the
 * first page that shows the new title.
 */
export async function timePublish(target: PublishTarget, title: string): Promise<PublishTiming> {
  const before = findDocument(ARTICLE_ID, target.dataset)
  const changed = changeDocument(ARTICLE_ID, (doc) => ({ ...doc, title }), target.dataset)
  const started = performance.now()
  const revalidated = await publish(target, before, changed)
  const webhookMs = performance.now() - started
  const requests = await pollUntilShown(target.siteUrl + ARTICLE_PATH, title)
  return { ms: performance.now() - started, webhookMs, requests, revalidated }
}

/** Asks for `url` back to back (never flooding it) until it shows `text`; counts the asks. */
export async function pollUntilShown(url: string, text: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  let requests = 0
  let lastStatus: number | undefined
  while (Date.now() < deadline) {
    requests += 1
    const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(10_000) })
    lastStatus = response.status
    const html = await response.text()
    if (response.ok && htmlShows(html, text)) return requests
  }
  throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s (last ${lastStatus})`)
}

/** `samples` timed retitles of the seed article, each printed as it lands. */
export async function timePublishes(
  target: PublishTarget & { originalTitle: string },
  samples: number,
  name: (index: number) => string,
): Promise<PublishTiming[]> {
  const timings: PublishTiming[] = []
  for (let index = 1; index <= samples; index += 1) {
    timings.push(await timePublish(target, `${target.originalTitle} (${name(index)})`))
    console.log(describeTiming(`sample ${String(index).padStart(2)}`, timings.at(-1)!))
  }
  return timings
}

export function describeTiming(label: string, timing: PublishTiming): string {
  const requests = `${timing.requests} page request${timing.requests === 1 ? '' : 's'}`
  return `${label}: ${timing.ms.toFixed(1)} ms (webhook answered in ${timing.webhookMs.toFixed(1)} ms, ${requests})`
}

export interface PublishingServer extends PublishTarget {
  server: NextServer
  originalTitle: string
}

/** A production server on a copy of the build and of the seed, with a throwaway secret. */
export async function startPublishingServer(options: {
  label: string
  port: number
  distDir: string
  rebuild: boolean
}): Promise<PublishingServer> {
  await ensureSiteBuild(options.rebuild, embeddedEnv())
  copySiteBuild(options.distDir)
  const dataset = copySeedDataset().file
  const secret = randomBytes(24).toString('hex')
  const server = await startNextServer({
    label: options.label,
    port: options.port,
    env: embeddedEnv({
      NEXT_DIST_DIR: options.distDir,
      CONTENT_DATASET_PATH: dataset,
      SANITY_REVALIDATE_SECRET: secret,
    }),
  })
  const originalTitle = String(findDocument(ARTICLE_ID, dataset).title)
  await pollUntilShown(server.url + ARTICLE_PATH, originalTitle)
  return { server, siteUrl: server.url, secret, dataset, originalTitle }
}
