/** The environment as the publishing routes read it; tests pass a plain object. */
export type Env = Readonly<Record<string, string | undefined>>

/** The secret Sanity signs webhook requests with; blank counts as unset. */
export function revalidateSecret(env: Env): string | undefined {
  return env.SANITY_REVALIDATE_SECRET?.trim() || undefined
}

/** The secret that unlocks draft mode on the embedded dataset; blank counts as unset. */
export function previewSecret(env: Env): string | undefined {
  return env.PREVIEW_SECRET?.trim() || undefined
}
