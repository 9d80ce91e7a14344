import { z } from 'zod'
import type { ContentSource, Perspective } from '../source'
import { NEXT_SCHEDULED_QUERY } from './query'

export { untilNextScheduled } from './cache-life'

const scheduledTime = z.string().nullable().catch(null)

/** The next scheduled article's publication time in this perspective, or null when none is scheduled. */
export async function nextScheduledArticle(
  source: ContentSource,
  perspective: Perspective,
): Promise<string | null> {
  return scheduledTime.parse(await source.query(NEXT_SCHEDULED_QUERY, {}, perspective))
}
