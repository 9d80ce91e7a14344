import { existsSync, readFileSync } from 'node:fs'
import type { APIRequestContext } from '@playwright/test'
import { changeDocument, sendWebhook, type StoredDocument } from './publishing-helpers.ts'
import { CLUSTER_DATASET } from './servers.ts'

export const ARTICLE_ID = 'article-it-ot-convergence-high-consequence-environments'
export const ARTICLE_PATH = '/insights/it-ot-convergence-high-consequence-environments'

/** The page's <h1> text, as the server sent it (no browser: the tests ask each server directly). */
export async function headingAt(url: string): Promise<string> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  const html = await response.text()
  const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? ''
  return heading
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&')
}

/** Edits the article's title in the cluster's dataset copy as a publish would; returns it. */
export function retitleArticle(title: string): StoredDocument {
  return changeDocument(ARTICLE_ID, (doc) => ({ ...doc, title }), CLUSTER_DATASET)
}

/** Sends the signed webhook to `baseURL` (the edge unless another server is named). */
export async function publishTo(request: APIRequestContext, article: StoredDocument) {
  const response = await sendWebhook(request, article, article, { dataset: CLUSTER_DATASET })
  if (response.status() !== 200)
    throw new Error(`webhook answered ${response.status()}: ${await response.text()}`)
}

export interface BurstResult {
  /** "#n: reason" for every request that did not answer 200. */
  failures: string[]
  /** For each side effect (by its `at` count), how many requests had started when it ran. */
  startedBefore: Record<number, number>
}

/**
 * A bounded burst of requests to `url` (at most `total`, `concurrency` at a time), each
 * numbered in its query string. Aimed at the edge's pool, every one reaches an instance: the
 * edge's cache answers a query string it does not use from the page's entry, and its rate limit
 * counts only visitors' addresses. `at` runs side effects, in order, when that many requests
 * have finished.
 */
export async function burst(
  url: string,
  {
    total,
    concurrency,
    at = {},
  }: { total: number; concurrency: number; at?: Record<number, () => Promise<void>> },
): Promise<BurstResult> {
  const failures: string[] = []
  const startedBefore: Record<number, number> = {}
  let started = 0
  let finished = 0
  let effects = Promise.resolve() // in order, each after the last
  async function worker() {
    while (started < total) {
      const n = (started += 1)
      try {
        const response = await fetch(`${url}?probe=${n}`, { signal: AbortSignal.timeout(20_000) })
        await response.arrayBuffer()
        if (response.status !== 200) failures.push(`#${n}: ${response.status}`)
      } catch (error) {
        failures.push(`#${n}: ${String(error)}`)
      }
      finished += 1
      const effect = at[finished]
      const count = finished
      if (effect) {
        effects = effects.then(async () => {
          startedBefore[count] = started
          await effect()
        })
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  await effects
  return { failures, startedBefore }
}

/** The request number in a failure ("#12: …"). */
export const failedRequest = (failure: string) => Number(/^#(\d+)/.exec(failure)?.[1])

/** The requests that reached an instance through the edge, from its pool's log. */
export function instanceRequests(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []
}
