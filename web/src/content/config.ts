import path from 'node:path'
import { SANITY_API_VERSION as DEFAULT_API_VERSION } from '@chaffcent/content/api-version'

type Env = Readonly<Record<string, string | undefined>>

/** Sanity's query API version; overridable for a trial, but the queries are written for the default. */
export const SANITY_API_VERSION = process.env.SANITY_API_VERSION || DEFAULT_API_VERSION

export interface HostedConfig {
  projectId: string
  dataset: string
  apiVersion: string
  /** Overrides Sanity's API host; used to point the hosted path at a local stand-in. */
  apiHost: string | undefined
  /** A viewer token for draft previews; read on the server only. */
  viewerToken: string | undefined
}

/** The hosted Content Lake, when the environment names a project and dataset; else null. */
export function hostedConfig(env: Env = process.env): HostedConfig | null {
  const projectId = env.SANITY_PROJECT_ID?.trim()
  const dataset = env.SANITY_DATASET?.trim()
  if (!projectId || !dataset) return null
  return {
    projectId,
    dataset,
    apiVersion: SANITY_API_VERSION,
    apiHost: env.SANITY_API_HOST?.trim() || undefined,
    viewerToken: env.SANITY_VIEWER_TOKEN?.trim() || undefined,
  }
}

/** The embedded dataset: the studio's seed export unless CONTENT_DATASET_PATH names another. */
export function embeddedDatasetPath(env: Env = process.env): string {
  const configured = env.CONTENT_DATASET_PATH?.trim()
  if (configured) return path.resolve(configured)
  // `next build` and `next start` run in web/, beside the studio.
  return path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    '..',
    'studio',
    'seed',
    'production.ndjson',
  )
}
