import { evaluate, parse } from 'groq-js'
import { REVALIDATE_WEBHOOK } from './webhook.ts'

type StoredDocument = { _id: string; _type: string; [field: string]: unknown }

/**
 * The body Sanity would POST for a change from `before` to `after` (null for a create or a
 * delete), by evaluating the webhook's own filter and projection with groq-js; null when the
 * filter leaves the change out (a draft, a release version). Tests and the local Content Lake
 * send exactly this, so neither can drift from the definition editors paste into Sanity.
 * `dataset` is what the projection's references (`->`) are looked up in, as the Lake would.
 */
export async function webhookBody(
  before: StoredDocument | null,
  after: StoredDocument | null,
  dataset: readonly StoredDocument[] = [],
): Promise<unknown> {
  const root = after ?? before
  if (!root) return null
  const options = { root, before, after, dataset }
  const matches = await evaluate(parse(REVALIDATE_WEBHOOK.filter, { mode: 'delta' }), options)
  if ((await matches.get()) !== true) return null
  const body = await evaluate(parse(REVALIDATE_WEBHOOK.projection, { mode: 'delta' }), options)
  return body.get()
}
