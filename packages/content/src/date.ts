/** How the studio's date inputs show a date: the same day-month-year the site prints. */
export const STUDIO_DATE_FORMAT = 'D MMMM YYYY'
/** How the studio's date-and-time inputs show the time: 24-hour, as British editors write it. */
export const STUDIO_TIME_FORMAT = 'HH:mm'

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A date as the site prints it: `2025-04-08` becomes "8 April 2025". A plain date is read
 * as midnight UTC and printed in UTC, so no server or visitor time zone can move it a day.
 * Anything unreadable is returned unchanged rather than breaking the page.
 */
export function formatDate(value: string): string {
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  return longDate.format(date)
}

/** The `YYYY-MM-DD` part of a date or date-time, for `<time dateTime>`. */
export function isoDate(value: string): string {
  return DATE_ONLY.test(value.slice(0, 10)) ? value.slice(0, 10) : value
}
