import { REVALIDATE_WEBHOOK } from '@chaffcent/content/webhook'
import { signedWebhook } from '@chaffcent/content/webhook-signature'
import type { LakeDocument } from './dataset'
import type { DocumentChange } from './mutations'

export interface WebhookTarget {
  /** The site's origin; the definition's path is added to it. */
  siteOrigin: string
  secret: string
}

/**
 * Sanity's webhook, sent as Sanity sends it: the one definition editors create (filter,
 * projection with before()/after(), evaluated by groq-js over the dataset as committed), signed
 * with the secret, POSTed to the site for every change the filter keeps (publishes, unpublishes
 * and deletes; drafts never).
 * Resolves to the statuses the site answered, so tests and logs can see each delivery.
 */
export async function deliverWebhooks(
  target: WebhookTarget,
  changes: DocumentChange[],
  dataset: readonly LakeDocument[],
) {
  const statuses: number[] = []
  for (const { before, after } of changes) {
    const webhook = await signedWebhook(before, after, target.secret, dataset)
    if (!webhook) continue
    try {
      const response = await fetch(new URL(REVALIDATE_WEBHOOK.path, target.siteOrigin), {
        method: REVALIDATE_WEBHOOK.httpMethod,
        ...webhook,
      })
      statuses.push(response.status)
      if (!response.ok) console.error(`[lake] webhook answered ${response.status}: ${webhook.body}`)
    } catch (error) {
      statuses.push(0)
      console.error(`[lake] webhook failed: ${(error as Error).message}`)
    }
  }
  return statuses
}
