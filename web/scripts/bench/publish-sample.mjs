// One timed publish: edit the article's title in the dataset copy, send the webhook, and wait
// for the article page to show the new title.
import { performance } from 'node:perf_hooks'
import { ARTICLE_ID, ARTICLE_PATH } from './settings.mjs'
import { waitForText } from './wait-for-text.mjs'
import { sendWebhook } from './webhook.mjs'

/**
 * The clock starts just before the POST, as the Content Lake has already stored the change
 * when Sanity sends the webhook, and stops at the first response carrying the new title.
 */
export async function timePublish({ siteUrl, dataset, secret, title }) {
  const before = dataset.find(ARTICLE_ID)
  const changed = dataset.change(ARTICLE_ID, (doc) => ({ ...doc, title }))
  const started = performance.now()
  const { revalidated } = await sendWebhook(siteUrl, before, changed, secret)
  const webhookMs = performance.now() - started
  const { requests } = await waitForText(siteUrl + ARTICLE_PATH, title)
  return { ms: performance.now() - started, webhookMs, requests, revalidated }
}

export function describeSample(label, sample) {
  const requests = `${sample.requests} page request${sample.requests === 1 ? '' : 's'}`
  return `${label}: ${sample.ms.toFixed(1)} ms (webhook answered in ${sample.webhookMs.toFixed(1)} ms, ${requests})`
}
