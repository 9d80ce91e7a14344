// The one place the site reads its environment. Imported with its extension by the cache
// handlers, which Node loads without Next's bundler, so only packages and relative files here.
import { SANITY_API_VERSION } from '@chaffcent/content/api-version'
import { studioOrigin } from '@chaffcent/content/studio-host'
import { z } from 'zod'
import { BUILD_ID_VARIABLE } from './content/last-good/build-id.ts'

/** The environment as given: `process.env`, or a plain object in tests and scripts. */
export type EnvironmentSource = Readonly<Record<string, string | undefined>>

/** Blank counts as unset, so `NAME=` in a shell or an env file switches nothing on. */
const setting = <T extends z.ZodType>(type: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim() || undefined : value), type)

const text = z.string()
const matching = (pattern: RegExp, what: string) => text.regex(pattern, `must be ${what}`)
const address = (protocols: string[], example: string) =>
  text.refine(
    (value) => URL.canParse(value) && protocols.includes(new URL(value).protocol),
    `must be an address like ${example}`,
  )

/** Each origin bare (no path), http(s): they end up in the Content-Security-Policy header. */
const origins = text.transform((value, context) => {
  const listed = value.split(/[\s,]+/).filter(Boolean)
  const originOf = (candidate: string) =>
    URL.canParse(candidate) ? new URL(candidate).origin : 'null'
  const bad = listed.find(
    (candidate) =>
      originOf(candidate) !== candidate.replace(/\/$/, '') || !/^https?:/.test(originOf(candidate)),
  )
  if (bad === undefined) return listed.map(originOf)
  context.addIssue(`"${bad}" is not an origin like https://x.sanity.studio`)
  return z.NEVER
})

const siteEnvSchema = z.object({
  SANITY_PROJECT_ID: setting(matching(/^[a-z0-9-]+$/, 'a Sanity project id').optional()),
  SANITY_DATASET: setting(
    matching(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a Sanity dataset name').optional(),
  ),
  SANITY_API_VERSION: setting(
    matching(/^v?(1|X|\d{4}-\d{2}-\d{2})$/, 'a date like 2025-02-19').default(SANITY_API_VERSION),
  ),
  SANITY_API_HOST: setting(address(['http:', 'https:'], 'http://127.0.0.1:3400').optional()),
  SANITY_VIEWER_TOKEN: setting(text.optional()),
  SANITY_REVALIDATE_SECRET: setting(text.optional()),
  PREVIEW_SECRET: setting(text.optional()),
  CONTENT_DATASET_PATH: setting(text.optional()),
  STUDIO_ORIGINS: setting(origins.optional()),
  SANITY_STUDIO_HOSTNAME: setting(matching(/^[a-z0-9-]+$/, 'a studio host name').optional()),
  NEXT_DIST_DIR: setting(text.default('.next')),
  REDIS_URL: setting(address(['redis:', 'rediss:'], 'redis://127.0.0.1:6379').optional()),
  REDIS_KEY_PREFIX: setting(text.default('chaffcent')),
  EDGE_CACHE_DIR: setting(text.optional()),
  // Set by the platform, by Next itself or by next.config for its build workers, not by the operator.
  VERCEL: setting(text.optional()).transform(Boolean),
  NEXT_PHASE: setting(text.optional()),
  NODE_ENV: setting(text.optional()),
  [BUILD_ID_VARIABLE]: setting(text.optional()),
})

/** The site's settings, checked; see the README's configuration table for each. */
export type SiteEnv = z.output<typeof siteEnvSchema>

/** Checks `source`; a value that is not valid stops with one error naming every such variable. */
export function readSiteEnv(source: EnvironmentSource): SiteEnv {
  const parsed = siteEnvSchema.safeParse(source)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`The site's environment is not valid:\n${problems.join('\n')}`)
}

/** This process's settings. Read afresh each time: Next sets NEXT_PHASE after loading its config. */
export const siteEnv = (): SiteEnv => readSiteEnv(process.env)

/**
 * The studio origins allowed to frame the site (the Presentation tool): only those configured,
 * STUDIO_ORIGINS, else the hosted studio at SANITY_STUDIO_HOSTNAME when that is set. None
 * otherwise: a guessed name would let whoever claims it frame the site.
 */
export function studioOrigins(env: SiteEnv): string[] {
  if (env.STUDIO_ORIGINS?.length) return env.STUDIO_ORIGINS
  return env.SANITY_STUDIO_HOSTNAME ? [studioOrigin(env.SANITY_STUDIO_HOSTNAME)] : []
}

/**
 * Where click-to-edit sends an editor: the first configured studio, else the hosted studio
 * the studio deploys to by default. A link, not a permission: nothing is opened to it.
 */
export const studioUrl = (env: SiteEnv): string => studioOrigins(env)[0] ?? studioOrigin()
