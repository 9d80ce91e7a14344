import { REVALIDATE_WEBHOOK } from '@chaffcent/content/webhook'
import { describe, expect, it } from 'vitest'
import { revalidationPayloadSchema } from './payload'

const WEBHOOK_PROJECTION = REVALIDATE_WEBHOOK.projection

describe('the webhook projection', () => {
  it('projects exactly the fields the payload schema reads', () => {
    const projected = [...WEBHOOK_PROJECTION.matchAll(/"(\w+)":/g)].map((match) => match[1])
    expect(projected.sort()).toEqual(Object.keys(revalidationPayloadSchema.shape).sort())
  })

  it('takes the previous slug from the document before the change', () => {
    expect(WEBHOOK_PROJECTION).toContain('"previousSlug": before().slug.current')
  })
})

describe('the webhook payload', () => {
  it('accepts an enquiry being published (an editor marking it handled)', () => {
    const payload = { _id: 'enquiry.0b7c', _type: 'enquiry', slug: null, previousSlug: null }
    expect(revalidationPayloadSchema.safeParse(payload).success).toBe(true)
  })
})
