/** When a tag went stale and when it expires, as Next's tags manifest keeps them (ms since epoch). */
export interface TagTimes {
  stale?: number
  expired?: number
}

/** The times `revalidateTag(tag, durations)` gives a tag at `now`, on Next's default handler's model. */
export function timesAfterRevalidation(
  existing: TagTimes | undefined,
  now: number,
  durations?: { expire?: number },
): TagTimes {
  if (!durations) return { ...existing, expired: now }
  const updated: TagTimes = { ...existing, stale: now }
  if (durations.expire !== undefined) updated.expired = now + durations.expire * 1000
  return updated
}

/** Two instances' knowledge of one tag: the later of each time, so nothing ever un-expires. */
export function laterOf(a: TagTimes | undefined, b: TagTimes | undefined): TagTimes {
  const merged: TagTimes = {}
  const stale = Math.max(a?.stale ?? 0, b?.stale ?? 0)
  const expired = Math.max(a?.expired ?? 0, b?.expired ?? 0)
  if (stale) merged.stale = stale
  if (expired) merged.expired = expired
  return merged
}

/** Stored in Redis as "stale,expired" (0 for never), which the merge script can compare. */
export function formatTagTimes(times: TagTimes | undefined): string {
  return `${times?.stale ?? 0},${times?.expired ?? 0}`
}

export function parseTagTimes(text: string | Buffer | null | undefined): TagTimes | undefined {
  const match = /^(\d+),(\d+)$/.exec(String(text ?? ''))
  if (!match) return undefined
  return laterOf({ stale: Number(match[1]), expired: Number(match[2]) }, undefined)
}
