import { studioOrigin } from '@chaffcent/content/studio-host'

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

/**
 * The studio origins allowed to frame the site (the Presentation tool): only those configured,
 * STUDIO_ORIGINS (comma or space separated), else the hosted studio at SANITY_STUDIO_HOSTNAME
 * when that is set. None otherwise: a guessed name would let whoever claims it frame the site.
 * Anything that is not a bare http(s) origin stops the build, since it would end up in a header.
 */
export function studioOrigins(env: Env): string[] {
  const listed = env.STUDIO_ORIGINS?.split(/[\s,]+/).filter(Boolean) ?? []
  const hostname = env.SANITY_STUDIO_HOSTNAME?.trim()
  const configured = listed.length > 0 ? listed : hostname ? [studioOrigin(hostname)] : []
  return configured.map((candidate) => {
    const origin = URL.canParse(candidate) ? new URL(candidate).origin : 'null'
    if (origin !== candidate.replace(/\/$/, '') || !/^https?:/.test(origin)) {
      throw new Error(
        `STUDIO_ORIGINS: "${candidate}" is not an origin like https://x.sanity.studio`,
      )
    }
    return origin
  })
}

/**
 * Where click-to-edit sends an editor: the first configured studio, else the hosted studio
 * the studio deploys to by default. A link, not a permission: nothing is opened to it.
 */
export function studioUrl(env: Env): string {
  return studioOrigins(env)[0] ?? studioOrigin()
}
