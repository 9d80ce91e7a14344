import { describe, expect, it } from 'vitest'
import { revalidationPayloadSchema, WEBHOOK_PROJECTION } from './payload'

describe('WEBHOOK_PROJECTION', () => {
  it('projects exactly the fields the payload schema reads', () => {
    const projected = [...WEBHOOK_PROJECTION.matchAll(/"(\w+)":/g)].map((match) => match[1])
    expect(projected.sort()).toEqual(Object.keys(revalidationPayloadSchema.shape).sort())
  })

  it('takes the previous slug from the document before the change', () => {
    expect(WEBHOOK_PROJECTION).toContain('"previousSlug": before().slug.current')
  })
})
