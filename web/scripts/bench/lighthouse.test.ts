import { describe, expect, it } from 'vitest'
import { RETRIES, withRetries } from './lighthouse'

/** An attempt that fails `failures` times (as Lighthouse does with NO_NAVSTART), then succeeds. */
function failingFirst(failures: number) {
  let calls = 0
  return {
    attempt: async () => {
      calls += 1
      if (calls <= failures) throw new Error(`NO_NAVSTART (call ${calls})`)
      return 'report'
    },
    calls: () => calls,
  }
}

describe('a Lighthouse run', () => {
  it('is retried twice before the benchmark gives up', () => {
    expect(RETRIES).toBe(2)
  })

  it('succeeds on a retry and says how many runs failed first', async () => {
    const run = failingFirst(2)
    const retries: string[] = []
    const result = await withRetries(RETRIES, run.attempt, (error) => retries.push(error.message))
    expect(result).toEqual({ value: 'report', retried: 2 })
    expect(retries).toEqual(['NO_NAVSTART (call 1)', 'NO_NAVSTART (call 2)'])
  })

  it('gives up with the last failure once the retries are spent', async () => {
    const run = failingFirst(3)
    await expect(withRetries(RETRIES, run.attempt, () => {})).rejects.toThrow(
      'NO_NAVSTART (call 3)',
    )
    expect(run.calls()).toBe(3)
  })
})
