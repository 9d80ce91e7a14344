import { describe, expect, it } from 'vitest'
import {
  CONSISTENCY_WAIT_MS,
  type ReadRevision,
  REVISION_POLL_MS,
  waitForRevision,
} from './consistency'

/** A fake clock: sleeping moves it on at once, and every read costs `readMs`. */
function fakeLake(answers: Array<string | null | Error>, readMs = 10) {
  let clock = 0
  const reads: Array<{ at: number; timeoutMs: number }> = []
  const slept: number[] = []
  const readRevision: ReadRevision = async (id, timeoutMs) => {
    expect(id).toBe('article-drones')
    reads.push({ at: clock, timeoutMs })
    clock += readMs
    const answer = answers[Math.min(reads.length - 1, answers.length - 1)]
    if (answer instanceof Error) throw answer
    return answer ?? null
  }
  const sleep = async (ms: number) => {
    slept.push(ms)
    clock += ms
  }
  const wait = (rev: string | null | undefined) =>
    waitForRevision({ readRevision, sleep, now: () => clock }, 'article-drones', rev)
  return { wait, reads, slept, elapsed: () => clock }
}

describe('waitForRevision', () => {
  it('does not wait when the Lake shows the revision at once', async () => {
    const lake = fakeLake(['rev-2'])
    expect(await lake.wait('rev-2')).toBe('seen')
    expect(lake.reads).toHaveLength(1)
    expect(lake.slept).toEqual([])
  })

  it('polls until the revision shows', async () => {
    const lake = fakeLake(['rev-1', 'rev-1', 'rev-1', 'rev-2'])
    expect(await lake.wait('rev-2')).toBe('seen')
    expect(lake.reads).toHaveLength(4)
    expect(lake.slept).toEqual([REVISION_POLL_MS, REVISION_POLL_MS, REVISION_POLL_MS])
  })

  it('gives up at the fixed wait when the revision never shows', async () => {
    const lake = fakeLake(['rev-1'])
    expect(await lake.wait('rev-2')).toBe('timed-out')
    expect(lake.elapsed()).toBe(CONSISTENCY_WAIT_MS)
    // No read may outlast the time left.
    for (const { at, timeoutMs } of lake.reads) {
      expect(at + timeoutMs).toBeLessThanOrEqual(CONSISTENCY_WAIT_MS)
    }
  })

  it('waits for a deleted document to be gone', async () => {
    const lake = fakeLake(['rev-1', 'rev-1', null])
    expect(await lake.wait(null)).toBe('seen')
    expect(lake.reads).toHaveLength(3)
  })

  it('waits the fixed time when the webhook sends no revision', async () => {
    const lake = fakeLake(['rev-2'])
    expect(await lake.wait(undefined)).toBe('not-given')
    expect(lake.reads).toEqual([])
    expect(lake.slept).toEqual([CONSISTENCY_WAIT_MS])
  })

  it('keeps polling through Lake errors, up to the fixed wait', async () => {
    const failing = fakeLake([new Error('503 from the Lake')])
    expect(await failing.wait('rev-2')).toBe('timed-out')
    expect(failing.elapsed()).toBe(CONSISTENCY_WAIT_MS)
    expect(failing.reads.length).toBeGreaterThan(10)

    const recovering = fakeLake([new Error('timed out'), new Error('503'), 'rev-2'])
    expect(await recovering.wait('rev-2')).toBe('seen')
    expect(recovering.reads).toHaveLength(3)
  })
})
