import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { LastGoodStore } from './last-good'
import { sharedDocument } from './shared-document'

const schema = z.object({
  legalName: z.string().min(1),
  address: z.object({ postalCode: z.string() }),
})
const good = { legalName: 'ChaffCent Ventures Limited', address: { postalCode: 'HR5 3DJ' } }
const broken = { legalName: 'ChaffCent Ventures Limited', address: {} }

afterEach(() => void vi.restoreAllMocks())

describe('sharedDocument at runtime', () => {
  it('keeps the last good version when a publish breaks it, and logs why', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const store = new LastGoodStore()
    expect(sharedDocument(schema, good, 'siteSettings', { store, building: false })).toEqual(good)
    expect(sharedDocument(schema, broken, 'siteSettings', { store, building: false })).toEqual(good)
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/"siteSettings".*address\.postalCode.*last good/),
    )
  })

  it('keeps it when the document is deleted too', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const store = new LastGoodStore()
    sharedDocument(schema, good, 'deleted', { store, building: false })
    expect(sharedDocument(schema, null, 'deleted', { store, building: false })).toEqual(good)
  })

  it('answers null when there has never been a valid version', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const store = new LastGoodStore()
    expect(sharedDocument(schema, broken, 'never-valid', { store, building: false })).toBeNull()
  })
})

describe('sharedDocument during `next build`', () => {
  it('stops the build, naming the document and the field', () => {
    const store = new LastGoodStore()
    sharedDocument(schema, good, 'siteSettings', { store, building: true })
    expect(() => sharedDocument(schema, broken, 'siteSettings', { store, building: true })).toThrow(
      /The "siteSettings" document is invalid: address\.postalCode/,
    )
  })
})
