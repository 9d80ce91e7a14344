import { describe, expect, it } from 'vitest'
import { formatDate, isoDate } from './date'

describe('formatDate', () => {
  it('prints a date the British way, with the month spelt out', () => {
    expect(formatDate('2025-04-08')).toBe('8 April 2025')
    expect(formatDate('2024-12-25')).toBe('25 December 2024')
  })

  it('keeps the calendar day at the edges of the day and the year', () => {
    expect(formatDate('2025-01-01')).toBe('1 January 2025')
    expect(formatDate('2025-12-31')).toBe('31 December 2025')
  })

  it('reads a date-time in UTC', () => {
    expect(formatDate('2025-04-08T23:30:00Z')).toBe('8 April 2025')
    expect(formatDate('2025-04-08T00:30:00+02:00')).toBe('7 April 2025')
  })

  it('returns what it cannot read unchanged', () => {
    expect(formatDate('next Tuesday')).toBe('next Tuesday')
    expect(formatDate('')).toBe('')
  })
})

describe('isoDate', () => {
  it('keeps the date part of a date-time', () => {
    expect(isoDate('2025-04-08T10:00:00Z')).toBe('2025-04-08')
    expect(isoDate('2025-04-08')).toBe('2025-04-08')
  })
})
