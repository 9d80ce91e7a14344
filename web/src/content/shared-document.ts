import type { z } from 'zod'
import { isBuildPhase } from './config'
import { lastGoodStore } from './last-good'
import { describeIssues } from './validate'

/**
 * A document every page needs (site settings, the home page), validated. When a publish
 * leaves it missing or invalid, the site keeps its last valid version and logs why, rather
 * than showing the error page everywhere; `next build` instead stops, naming the document
 * and field, so a broken one never ships in a build. Null when there is nothing valid to
 * serve at all.
 */
export function sharedDocument<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  id: string,
  { store = lastGoodStore(), building = isBuildPhase() } = {},
): z.output<S> | null {
  const key = `valid:${id}`
  const parsed = schema.safeParse(raw)
  if (parsed.success) {
    store.remember(key, raw)
    return parsed.data
  }
  const why = raw == null ? 'is missing' : `is invalid: ${describeIssues(parsed.error)}`
  if (building)
    throw new Error(
      `The "${id}" document ${why}. Fix it in the studio and publish, then build again.`,
    )
  const last = schema.safeParse(store.recall(key))
  const served = last.success ? 'serving its last good version' : 'no earlier version to serve'
  logOnce(id, `[content] the "${id}" document ${why}; ${served}`)
  return last.success ? last.data : null
}

/** What was last said about each document: every page reads it, the log says it once. */
const logged = new Map<string, string>()

function logOnce(id: string, message: string): void {
  if (logged.get(id) === message) return
  logged.set(id, message)
  console.error(message)
}
