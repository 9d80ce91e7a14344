const SITEVERIFY = 'https://challenges.cloudflare.com/turnstile/v0/siteverify'

/** Checks a Turnstile answer with Cloudflare, server-side; no answer or no verdict is a refusal. */
export function turnstileVerifier(secret: string) {
  return async (answer: string): Promise<boolean> => {
    if (!answer) return false
    try {
      const response = await fetch(SITEVERIFY, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ secret, response: answer }),
        signal: AbortSignal.timeout(5000),
      })
      const verdict = (await response.json()) as { success?: unknown }
      return verdict.success === true
    } catch {
      return false
    }
  }
}
