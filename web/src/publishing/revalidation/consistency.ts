/** What the handler learnt about the Content Lake before it expired anything. */
export type RevisionOutcome = 'seen' | 'timed-out' | 'not-given'

/** The document's revision as an uncached read shows it now: null when there is none. */
export type ReadRevision = (id: string, timeoutMs: number) => Promise<string | null>

export interface ConsistencyWait {
  readRevision: ReadRevision
  sleep: (ms: number) => Promise<void>
  now: () => number
}

/** As next-sanity's parseBody: long enough for the Content Lake to show any publish. */
export const CONSISTENCY_WAIT_MS = 3000
/** Often enough that a publish shows within a tenth of a second of the Lake having it. */
export const REVISION_POLL_MS = 120
/** One read-back may not take the whole wait: a hanging Lake still gets several tries. */
export const REVISION_READ_TIMEOUT_MS = 1000

/**
 * Waits until an uncached read shows the webhook's revision (for a delete, no document),
 * polling, for at most the fixed wait; without a revision, waits the fixed time. A failing
 * or hanging read is tried again: the caller expires its tags whatever the outcome.
 */
export async function waitForRevision(
  { readRevision, sleep, now }: ConsistencyWait,
  id: string,
  rev: string | null | undefined,
): Promise<RevisionOutcome> {
  if (rev === undefined) {
    await sleep(CONSISTENCY_WAIT_MS)
    return 'not-given'
  }
  const deadline = now() + CONSISTENCY_WAIT_MS
  for (let left = CONSISTENCY_WAIT_MS; left > 0; left = deadline - now()) {
    try {
      if ((await readRevision(id, Math.min(REVISION_READ_TIMEOUT_MS, left))) === rev) return 'seen'
    } catch {
      // The Lake failed or timed out this once; the next poll asks again.
    }
    const remaining = deadline - now()
    if (remaining > 0) await sleep(Math.min(REVISION_POLL_MS, remaining))
  }
  return 'timed-out'
}
