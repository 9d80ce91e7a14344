import { formatDate } from '@chaffcent/content/date'
import type { DocumentBadgeComponent } from 'sanity'

/**
 * The day a scheduled article appears, as the site prints dates; null unless its time is
 * still to come. A plain date counts from midnight UTC, as the site counts it.
 */
export function scheduledDay(publishedAt: unknown, now: Date): string | null {
  if (typeof publishedAt !== 'string') return null
  return Date.parse(publishedAt) > now.getTime() ? formatDate(publishedAt) : null
}

/** The date in an article's desk list line: when it appeared, or that it is still to come. */
export function dateLine(publishedAt: unknown, now: Date): string | undefined {
  if (typeof publishedAt !== 'string' || !publishedAt) return undefined
  const scheduled = scheduledDay(publishedAt, now)
  return scheduled ? `Scheduled for ${scheduled}` : formatDate(publishedAt)
}

/**
 * "Scheduled" beside the article's status while its publication date is still to come, so
 * a published article the site does not show yet never looks live. Reads the version being
 * edited (the draft, else the published one), as the desk list does.
 */
export const ScheduledArticleBadge: DocumentBadgeComponent = ({ draft, published }) => {
  const day = scheduledDay((draft ?? published)?.publishedAt, new Date())
  if (!day) return null
  return { label: 'Scheduled', title: `Appears on the site on ${day}`, color: 'primary' }
}
