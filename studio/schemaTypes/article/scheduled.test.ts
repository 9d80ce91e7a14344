import type { DocumentBadgeProps, ObjectSchemaType } from 'sanity'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { compiledSchema } from '../../validation/compiledSchema'
import { ScheduledArticleBadge } from './scheduled'

const NOW = new Date('2026-12-02T10:45:00.000Z')
const { prepare } = (compiledSchema.get('article') as ObjectSchemaType).preview!
const subtitleOf = (publishedAt?: string) =>
  prepare!({ title: 'An article', category: 'Aviation training', publishedAt }).subtitle

beforeEach(() => void vi.useFakeTimers({ now: NOW, toFake: ['Date'] }))
afterEach(() => void vi.useRealTimers())

describe('an article in the desk list', () => {
  it('says when a scheduled article will appear, in the site’s date format', () => {
    expect(subtitleOf('2027-01-08T09:00:00.000Z')).toBe(
      'Aviation training · Scheduled for 8 January 2027',
    )
    expect(subtitleOf('2026-12-03')).toBe('Aviation training · Scheduled for 3 December 2026')
  })

  it('shows the date of one already out, and none for a draft not yet dated', () => {
    expect(subtitleOf('2026-12-02T10:44:00.000Z')).toBe('Aviation training · 2 December 2026')
    expect(subtitleOf('2024-06-11')).toBe('Aviation training · 11 June 2024')
    expect(subtitleOf(undefined)).toBe('Aviation training')
  })
})

describe('the Scheduled badge', () => {
  const badgeOf = (draft: object | null, published: object | null) =>
    ScheduledArticleBadge({ draft, published } as unknown as DocumentBadgeProps)

  it('marks an article whose date is still to come, draft first', () => {
    expect(badgeOf(null, { publishedAt: '2027-01-08T09:00:00Z' })).toEqual({
      label: 'Scheduled',
      title: 'Appears on the site on 8 January 2027',
      color: 'primary',
    })
    expect(badgeOf({ publishedAt: '2024-06-11' }, { publishedAt: '2027-01-08' })).toBeNull()
    expect(badgeOf({}, null)).toBeNull()
  })
})
