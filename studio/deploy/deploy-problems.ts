/**
 * Why the studio must not be deployed with this environment, if it must not. A hosted studio
 * whose Presentation tool opens http://localhost:3000 shows editors a blank preview, so the
 * preview origin has to be the site's real address before `sanity deploy` runs.
 */
export function deployProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = []
  if (!env.SANITY_STUDIO_PROJECT_ID)
    problems.push('Set SANITY_STUDIO_PROJECT_ID to the hosted project.')
  const origin = env.SANITY_STUDIO_PREVIEW_ORIGIN
  if (!origin) {
    problems.push(
      'Set SANITY_STUDIO_PREVIEW_ORIGIN to the site’s address, e.g. https://www.chaffcent.com.',
    )
  } else if (!isHttpsOrigin(origin)) {
    problems.push(`SANITY_STUDIO_PREVIEW_ORIGIN must be an https address, not “${origin}”.`)
  }
  return problems
}

function isHttpsOrigin(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}
