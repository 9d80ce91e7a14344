import { nextAttemptAt } from './backoff'
import type { EnquiryStore, Sink } from './store'
import type { Enquiry } from './fields'

/** What the worker can deliver to; a sink that is not configured is simply absent. */
export interface Sinks {
  lake?: {
    deliver(id: string, enquiry: Enquiry, receivedAt: number): Promise<void>
    erase(id: string): Promise<void>
  }
  email?: { deliver(id: string, enquiry: Enquiry, receivedAt: number): Promise<void> }
}

/** How long a claimed job is another worker's: longer than any one sink's bounded try. */
export const LEASE_MS = 30_000

/**
 * Delivers what the store holds to each sink, and erases what is past retention. A failure
 * reschedules the job with backoff; nothing is dropped. Logs name enquiries by id only.
 */
export function deliveryWorker(options: {
  store: EnquiryStore
  sinks: Sinks
  retentionMs: number
  now?: () => number
  log?: (line: string) => void
}) {
  const { store, sinks, retentionMs } = options
  const now = options.now ?? Date.now
  const log = options.log ?? console.log

  async function run(sink: Sink, id: string, enquiry: Enquiry | null, receivedAt: number) {
    if (sink === 'lake-erasure') return sinks.lake?.erase(id)
    if (!enquiry) return
    const target = sink === 'lake' ? sinks.lake : sinks.email
    if (!target) throw new Error(`no ${sink} sink is configured`)
    await target.deliver(id, enquiry, receivedAt)
  }

  /** One pass: expire what is past retention, then try every job that is due. */
  async function tick(): Promise<number> {
    const erased = store.expire(now() - retentionMs, Boolean(sinks.lake), now())
    if (erased > 0) log(`[enquiries] erased ${erased} past their retention`)
    const jobs = store.claimDue(now(), LEASE_MS)
    for (const job of jobs) {
      try {
        await run(job.sink, job.enquiryId, job.enquiry, job.receivedAt)
        store.delivered(job.enquiryId, job.sink, now())
        log(`[enquiries] ${job.sink}: delivered ${job.enquiryId}`)
      } catch (error) {
        const retryAt = nextAttemptAt(now(), job.attempts + 1)
        store.failed(job.enquiryId, job.sink, retryAt)
        const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown error'
        log(`[enquiries] ${job.sink}: ${job.enquiryId} not delivered (${reason}); retrying later`)
      }
    }
    return jobs.length
  }

  let timer: NodeJS.Timeout | undefined
  let running = false
  return {
    tick,
    /** Polls every `everyMs`; one pass at a time; never keeps the process alive on its own. */
    start(everyMs = 1000) {
      timer = setInterval(() => {
        if (running) return
        running = true
        tick()
          .catch((error: unknown) => log(`[enquiries] worker pass failed: ${String(error)}`))
          .finally(() => (running = false))
      }, everyMs)
      timer.unref()
    },
    stop: () => clearInterval(timer),
  }
}
