import { cacheClock } from '../page-cache/cache-clock.ts'
import { tagsManifest } from '../page-cache/next-internals.ts'
import { emptyEdgeCacheForPublish } from './edge-purge.ts'
import { offerExpireTags } from './expire-before-answer.ts'
import { keys, redis, tryRedis } from './redis-connection.ts'
import {
  formatTagTimes,
  laterOf,
  parseTagTimes,
  type TagTimes,
  timesAfterRevalidation,
} from './tag-times.ts'

// Keeping Next's tags manifest in step with Redis is what makes a publish on one instance
// expire the pages of every instance.

/** Expiries this process could not write while Redis was away; written when it returns. */
const unsent = new Set<string>()
let seenVersion: string | undefined

/** Expiries on Next's cache clock, as Next's own handler stamps them (cache-clock.ts). */
const now = () => Math.round(cacheClock())

function learn(tag: string, times: TagTimes | undefined): void {
  tagsManifest.set(tag, laterOf(tagsManifest.get(tag), times))
}

/**
 * Writes tag times into Redis keeping the later of each (instances that were cut off write
 * back what they did meanwhile, in any order), and bumps the version others poll. One script,
 * so two instances writing at once cannot undo each other.
 */
const MERGE_SCRIPT = `
for i = 1, #ARGV, 2 do
  local stale, expired = string.match(ARGV[i + 1], '^(%d+),(%d+)$')
  local current = redis.call('HGET', KEYS[1], ARGV[i]) or '0,0'
  local oldStale, oldExpired = string.match(current, '^(%d+),(%d+)$')
  stale = math.max(tonumber(stale), tonumber(oldStale or 0))
  expired = math.max(tonumber(expired), tonumber(oldExpired or 0))
  redis.call('HSET', KEYS[1], ARGV[i], string.format('%d,%d', stale, expired))
end
return redis.call('INCR', KEYS[2])`

async function send(tags: string[]): Promise<boolean> {
  const fields = tags.flatMap((tag) => [tag, formatTagTimes(tagsManifest.get(tag))])
  const written = await tryRedis((client) =>
    client.eval(MERGE_SCRIPT, { keys: [keys.tags(), keys.tagsVersion()], arguments: fields }),
  )
  return written !== undefined
}

/** revalidateTag on this instance: here at once, in Redis for the others, then the edge. */
export async function expireTags(tags: string[], durations?: { expire?: number }): Promise<void> {
  const at = now()
  for (const tag of tags)
    tagsManifest.set(tag, timesAfterRevalidation(tagsManifest.get(tag), at, durations))
  if (!(await send(tags))) for (const tag of tags) unsent.add(tag)
  await emptyEdgeCacheForPublish()
}

offerExpireTags(expireTags)

/** Expiries made while Redis was away reach the others (and the edge, which they may have refilled). */
async function sendUnsent(): Promise<void> {
  const tags = [...unsent]
  if (tags.length === 0 || !(await send(tags))) return
  for (const tag of tags) unsent.delete(tag)
  await emptyEdgeCacheForPublish()
}

/** Before a cached read: learn what other instances expired (one GET when nothing changed). */
export async function refreshTags(): Promise<void> {
  await sendUnsent()
  await tryRedis(async (client) => {
    const version = String((await client.get(keys.tagsVersion())) ?? '0')
    if (version === seenVersion) return
    const all = await client.hGetAll(keys.tags())
    for (const [tag, times] of Object.entries(all)) learn(tag, parseTagTimes(times))
    seenVersion = version
  })
}

/** After Redis returns (perhaps emptied): write what it missed, then read everything again. */
redis().on('ready', () => {
  seenVersion = undefined
  void sendUnsent()
})

export function tagsExpiredSince(tags: string[], timestamp: number): boolean {
  const at = now()
  return tags.some((tag) => {
    const expired = tagsManifest.get(tag)?.expired
    return expired !== undefined && expired <= at && expired > timestamp
  })
}

export function tagsStaleSince(tags: string[], timestamp: number): boolean {
  return tags.some((tag) => (tagsManifest.get(tag)?.stale ?? 0) > timestamp)
}

export function latestExpiry(tags: string[]): number {
  return Math.max(0, ...tags.map((tag) => tagsManifest.get(tag)?.expired ?? 0))
}
