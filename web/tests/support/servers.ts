import os from 'node:os'
import path from 'node:path'

/**
 * The production servers the browser tests run, each on its own port and build copy:
 * - site: the build on the embedded seed dataset, as visitors get it;
 * - hosted: a build whose content comes through the hosted (next-sanity client) path,
 *   from a local stand-in for the Content Lake that evaluates GROQ over the same dataset;
 * - publishing: the build on a temporary copy of the dataset that tests edit, with the
 *   webhook and preview secrets set.
 */
/** Set E2E_PORT_BASE to run a second copy of the suite beside this one (another work tree). */
const BASE = Number(process.env.E2E_PORT_BASE || 3100)
export const SITE_PORT = BASE
export const HOSTED_PORT = BASE + 1
export const CONTENT_LAKE_PORT = BASE + 11
export const PUBLISHING_PORT = BASE + 2

export const origin = (port: number) => `http://127.0.0.1:${port}`

export const PUBLISHING_DIR = path.join(os.tmpdir(), `chaffcent-e2e-publishing-${BASE}`)
export const PUBLISHING_DATASET = path.join(PUBLISHING_DIR, 'production.ndjson')

/** Test-only secrets: the servers under test are local and throwaway. */
export const REVALIDATE_SECRET = 'e2e-revalidate-secret'
export const PREVIEW_SECRET = 'e2e-preview-secret'
/** Given to the hosted build so the bundle scan can prove it never reaches the browser. */
export const VIEWER_TOKEN = 'e2e-viewer-token'

export const HOSTED_PROJECT = { projectId: 'e2eproject', dataset: 'production' }

/** The cluster tests' own Redis, instances and edge: edge on BASE+20, instances and Redis after it. */
export const CLUSTER_PORT = BASE + 20
export const CLUSTER_INSTANCES = 3
export const CLUSTER_DATASET = path.join(
  os.tmpdir(),
  `chaffcent-e2e-cluster-${BASE}`,
  'production.ndjson',
)
