/**
 * A stand-in for next/headers in the draft-mode routes' tests (Next's draftMode() needs a
 * request scope): `vi.mock('next/headers', () => import('…/draft-mode.fixture'))`, then read
 * what the route asked for in `draftModeCalls`.
 */
export const draftModeCalls: ('enable' | 'disable')[] = []

export async function draftMode() {
  return {
    enable: () => draftModeCalls.push('enable'),
    disable: () => draftModeCalls.push('disable'),
  }
}
