import { SHOWN_THROUGH_FIELDS } from '@chaffcent/content/content-types'
import { REVALIDATE_WEBHOOK } from '@chaffcent/content/webhook'
import { describe, expect, it } from 'vitest'
import { revalidationPayloadSchema } from './payload'

const WEBHOOK_PROJECTION = REVALIDATE_WEBHOOK.projection

describe('the webhook projection', () => {
  it('projects exactly the fields the payload schema reads, and each field shown through', () => {
    const projected = [...WEBHOOK_PROJECTION.matchAll(/"(\w+)":/g)].map((match) => match[1])
    const read = [...Object.keys(revalidationPayloadSchema.shape), ...SHOWN_THROUGH_FIELDS]
    expect(projected.sort()).toEqual(read.sort())
  })

  it('takes the previous slug from the document before the change', () => {
    expect(WEBHOOK_PROJECTION).toContain('"previousSlug": before().slug.current')
  })
})

describe('the webhook payload', () => {
  it('takes the slugs a document names, with null for a reference to nothing published', () => {
    const payload = { _id: 'v', _type: 'venture', shownOn: { sectors: ['aviation', null] } }
    expect(revalidationPayloadSchema.parse(payload).shownOn).toEqual({
      sectors: ['aviation', null],
    })
    const badSlug = { ...payload, shownOn: { sectors: ['Not A Slug'] } }
    expect(revalidationPayloadSchema.safeParse(badSlug).success).toBe(false)
  })

  it('accepts an enquiry being published (an editor marking it handled)', () => {
    const payload = { _id: 'enquiry.0b7c', _type: 'enquiry', slug: null, previousSlug: null }
    expect(revalidationPayloadSchema.safeParse(payload).success).toBe(true)
  })
})
