import path from 'node:path'
import { seedDataset } from '@chaffcent/content/dataset'
import { imageFilesFolder } from '@chaffcent/content/image-files'
import type { ImageHost } from '@chaffcent/content/image-url'
import { type SiteEnv, siteEnv, studioUrl } from '../env'

export interface HostedConfig {
  projectId: string
  dataset: string
  apiVersion: string
  /** Overrides Sanity's API host: the hosted path then reads the local Content Lake. */
  apiHost: string | undefined
  /** A viewer token for draft previews; read on the server only. */
  viewerToken: string | undefined
  /**
   * Where click-to-edit sends an editor: the studio that frames the site (STUDIO_ORIGINS'
   * first origin, else the hosted studio at SANITY_STUDIO_HOSTNAME or its default name).
   */
  studioUrl: string
  /** How long one try may wait for the Content Lake, and how many more tries after it. */
  timeoutMs: number
  maxRetries: number
}

/**
 * Bounded waits on the Content Lake, drafts included: @sanity/client would otherwise wait
 * 300 s a try and try 6 times. Two tries of 3 s (and a 0.1 s pause) bound a read at about
 * 6 s, so a page whose reads fall back to their last good results still answers well
 * within 15 s while the Lake hangs.
 */
export const HOSTED_READ_LIMITS = { timeoutMs: 3000, maxRetries: 1 } as const

/** The hosted Content Lake, when the environment names a project and dataset; else null. */
export function hostedConfig(env: SiteEnv = siteEnv()): HostedConfig | null {
  const { SANITY_PROJECT_ID: projectId, SANITY_DATASET: dataset } = env
  if (!projectId || !dataset) return null
  return {
    projectId,
    dataset,
    // Overridable for a trial, but the queries are written for the default.
    apiVersion: env.SANITY_API_VERSION,
    apiHost: env.SANITY_API_HOST,
    viewerToken: env.SANITY_VIEWER_TOKEN,
    studioUrl: studioUrl(env),
    ...HOSTED_READ_LIMITS,
  }
}

/** The embedded dataset: the studio's seed export unless CONTENT_DATASET_PATH names another. */
export function embeddedDatasetPath(env: SiteEnv = siteEnv()): string {
  if (env.CONTENT_DATASET_PATH) return path.resolve(env.CONTENT_DATASET_PATH)
  // `next build` and `next start` run in web/, beside the studio.
  return seedDataset(path.join(/*turbopackIgnore: true*/ process.cwd(), '..'))
}

/** The path the embedded source's images are served under: `/images/local/embedded/<file>`. */
export const EMBEDDED_IMAGES = { projectId: 'local', dataset: 'embedded' } as const

/** Sanity's image CDN for the hosted project; the site's own resizing endpoint for the embedded dataset. */
export function imageHost(env: SiteEnv = siteEnv()): ImageHost {
  const hosted = hostedConfig(env)
  if (hosted) {
    return {
      projectId: hosted.projectId,
      dataset: hosted.dataset,
      baseUrl: 'https://cdn.sanity.io',
    }
  }
  return { ...EMBEDDED_IMAGES, baseUrl: '/' }
}

/** The embedded dataset's image files, beside it (@chaffcent/content/image-files). */
export function embeddedAssetsDir(env: SiteEnv = siteEnv()): string {
  return imageFilesFolder(embeddedDatasetPath(env))
}

/**
 * Which content this server shows: the hosted project and dataset, or the embedded file.
 * Anything cached from content (the last-good store, runtime-rendered pages) belongs to one.
 */
export function contentIdentity(env: SiteEnv = siteEnv()): string {
  const hosted = hostedConfig(env)
  return hosted
    ? `hosted:${hosted.projectId}/${hosted.dataset}`
    : `embedded:${embeddedDatasetPath(env)}`
}

/** The build folder `next build` wrote and `next start` serves (next.config.ts reads the same). */
export function distDir(env: SiteEnv = siteEnv()): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.NEXT_DIST_DIR)
}

/** True while `next build` prerenders: content problems must stop the build, not be papered over. */
export function isBuildPhase(env: SiteEnv = siteEnv()): boolean {
  return env.NEXT_PHASE === 'phase-production-build'
}
