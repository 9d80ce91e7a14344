import { REVALIDATE_WEBHOOK, WEBHOOK_SIGNATURE_HEADER } from '@chaffcent/content/webhook'
import { webhookBody } from '@chaffcent/content/webhook-body'
import { encodeSignatureHeader } from '@sanity/webhook'
import type { DocumentChange } from './mutations'

export interface WebhookTarget {
  /** The site's origin; the definition's path is added to it. */
  siteOrigin: string
  secret: string
}

/**
 * Sanity's webhook, sent as Sanity sends it: the one definition editors create (filter,
 * projection with before()/after(), evaluated by groq-js), signed with the secret, POSTed to
 * the site for every change the filter keeps (publishes, unpublishes and deletes; drafts never).
 * Resolves to the statuses the site answered, so tests and logs can see each delivery.
 */
export async function deliverWebhooks(target: WebhookTarget, changes: DocumentChange[]) {
  const statuses: number[] = []
  for (const { before, after } of changes) {
    const body = await webhookBody(before, after)
    if (body === null) continue
    const payload = JSON.stringify(body)
    const signature = await encodeSignatureHeader(payload, Date.now(), target.secret)
    try {
      const response = await fetch(new URL(REVALIDATE_WEBHOOK.path, target.siteOrigin), {
        method: REVALIDATE_WEBHOOK.httpMethod,
        headers: { 'content-type': 'application/json', [WEBHOOK_SIGNATURE_HEADER]: signature },
        body: payload,
      })
      statuses.push(response.status)
      if (!response.ok) console.error(`[lake] webhook answered ${response.status}: ${payload}`)
    } catch (error) {
      statuses.push(0)
      console.error(`[lake] webhook failed: ${(error as Error).message}`)
    }
  }
  return statuses
}
