import { destinationPath, redirectDestination, redirectSource, type Redirect } from './redirects'

/**
 * Why a redirect cannot stand as it is, among the others:
 * - `same-address`: it sends visitors to where they already are;
 * - `duplicate`: an earlier redirect starts from the same address (only the first can apply);
 * - `chain`: it lands on the start of `next`, so visitors are sent on twice;
 * - `loop`: following it and the redirects after it comes back to its own start, for ever.
 */
export type RedirectConflict<R extends Redirect = Redirect> =
  | { kind: 'same-address'; redirect: R }
  | { kind: 'duplicate'; redirect: R; other: R }
  | { kind: 'chain'; redirect: R; next: R }
  | { kind: 'loop'; redirect: R; next: R }

/**
 * Every redirect that conflicts with itself or the others, one conflict each (the first of
 * the kinds above that applies). The one rule the studio validates with and the site obeys.
 */
export function redirectConflicts<R extends Redirect>(
  redirects: readonly R[],
): RedirectConflict<R>[] {
  const bySource = new Map<string, R>()
  for (const redirect of redirects) {
    const source = redirectSource(redirect.source)
    if (source && !bySource.has(source)) bySource.set(source, redirect)
  }
  const landsOn = (redirect: R): R | undefined => {
    const destination = redirectDestination(redirect.destination)
    const path = destination ? destinationPath(destination) : null
    return path ? bySource.get(path) : undefined
  }

  return redirects.flatMap((redirect): RedirectConflict<R>[] => {
    const source = redirectSource(redirect.source)
    if (!source) return []
    const first = bySource.get(source)!
    if (first !== redirect) return [{ kind: 'duplicate', redirect, other: first }]
    const next = landsOn(redirect)
    if (!next) return []
    if (next === redirect) return [{ kind: 'same-address', redirect }]
    return [{ kind: comesBack(redirect, next, landsOn) ? 'loop' : 'chain', redirect, next }]
  })
}

/** Whether following the redirects from `next` on arrives back at `start`. */
function comesBack<R>(start: R, next: R, landsOn: (redirect: R) => R | undefined): boolean {
  const seen = new Set<R>()
  for (let at: R | undefined = next; at && !seen.has(at); at = landsOn(at)) {
    if (at === start) return true
    seen.add(at)
  }
  return false
}
