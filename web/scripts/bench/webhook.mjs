// The revalidation webhook as Sanity sends it: the projection's payload, signed with the secret.
import { encodeSignatureHeader } from '@sanity/webhook'

/** POSTs `{ _id, _type, slug, previousSlug }` for `doc` to /api/revalidate and checks the 200. */
export async function sendWebhook(siteUrl, doc, secret) {
  const slug = doc.slug?.current ?? null
  const body = JSON.stringify({ _id: doc._id, _type: doc._type, slug, previousSlug: slug })
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
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
