import { createRequire } from 'node:module'
import { emptyEdgeCache } from './edge-purge.ts'
import { keys, redis, tryRedis } from './redis-connection.ts'
import { laterOf, parseTagTimes, type TagTimes, timesAfterRevalidation } from './tag-times.ts'

/**
 * Next's own tags manifest: one map per process that its page cache and 'use cache' handlers
 * consult. Keeping it in step with Redis is what makes a publish on one instance expire the
 * pages of every instance.
 */
const require = createRequire(import.meta.url)
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
  tagsManifest: Map<string, TagTimes>
}

/** Expiries this process could not write while Redis was away; written when it returns. */
const unsent = new Set<string>()
let seenVersion: string | undefined

function learn(tag: string, times: TagTimes | undefined): void {
  tagsManifest.set(tag, laterOf(tagsManifest.get(tag), times))
}

async function send(tags: string[]): Promise<boolean> {
  const written = await tryRedis(async (client) => {
    const remote = await client.hmGet(keys.tags(), tags)
    tags.forEach((tag, index) => learn(tag, parseTagTimes(remote[index])))
    const fields = Object.fromEntries(tags.map((tag) => [tag, JSON.stringify(tagsManifest.get(tag))]))
    await client.multi().hSet(keys.tags(), fields).incr(keys.tagsVersion()).exec()
    return true
  })
  return written === true
}

/** revalidateTag on this instance: here at once, in Redis for the others, then the edge. */
export async function expireTags(tags: string[], durations?: { expire?: number }): Promise<void> {
  const now = Date.now()
  for (const tag of tags) tagsManifest.set(tag, timesAfterRevalidation(tagsManifest.get(tag), now, durations))
  if (!(await send(tags))) for (const tag of tags) unsent.add(tag)
  await emptyEdgeCache()
}

/** Before a cached read: learn what other instances expired (one GET when nothing changed). */
export async function refreshTags(): Promise<void> {
  if (unsent.size > 0 && (await send([...unsent]))) unsent.clear()
  await tryRedis(async (client) => {
    const version = String((await client.get(keys.tagsVersion())) ?? '0')
    if (version === seenVersion) return
    const all = await client.hGetAll(keys.tags())
    for (const [tag, times] of Object.entries(all)) learn(tag, parseTagTimes(times))
    seenVersion = version
  })
}

/** After Redis returns (perhaps emptied), read everything again. */
redis().on('ready', () => {
  seenVersion = undefined
})

export function tagsExpiredSince(tags: string[], timestamp: number): boolean {
  const now = Date.now()
  return tags.some((tag) => {
    const expired = tagsManifest.get(tag)?.expired
    return expired !== undefined && expired <= now && expired > timestamp
  })
}

export function tagsStaleSince(tags: string[], timestamp: number): boolean {
  return tags.some((tag) => (tagsManifest.get(tag)?.stale ?? 0) > timestamp)
}

export function latestExpiry(tags: string[]): number {
  return Math.max(0, ...tags.map((tag) => tagsManifest.get(tag)?.expired ?? 0))
}
