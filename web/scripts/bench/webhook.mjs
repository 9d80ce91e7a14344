// The revalidation webhook as Sanity sends it: the README's projection over the change, signed.
import { webhookBody } from '@chaffcent/content/webhook-body'
import { encodeSignatureHeader } from '@sanity/webhook'

let lastSignedAt = 0

/** POSTs the body Sanity would send for `before` → `after` to /api/revalidate; checks the 200. */
export async function sendWebhook(siteUrl, before, after, secret) {
  const body = JSON.stringify(await webhookBody(before, after))
  // Never the same signature twice: the server answers a replay 200 and expires nothing.
  lastSignedAt = Math.max(Date.now(), lastSignedAt + 1)
  const signature = await encodeSignatureHeader(body, lastSignedAt, secret)
  const response = await fetch(`${siteUrl}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature },
    body,
  })
  const answer = await response.text()
  if (response.status !== 200) {
    throw new Error(`/api/revalidate answered ${response.status}: ${answer.slice(0, 300)}`)
  }
  return JSON.parse(answer)
}
