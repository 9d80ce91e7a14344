import os from 'node:os'
import path from 'node:path'
import { seedDataset } from '@chaffcent/content/dataset'

/** The dataset every server's copy starts from. */
export const SEED = seedDataset(path.resolve(import.meta.dirname, '..', '..', '..'))

/**
 * The production servers the browser tests run, each on its own port and build copy:
 * - site: the build on the embedded seed dataset, as visitors get it;
 * - hosted: a build whose content comes through the hosted (next-sanity client) path,
 *   from the local Content Lake (packages/local-lake) over a copy of the same dataset;
 * - publishing: the build on a temporary copy of the dataset that tests edit, with the
 *   webhook and preview secrets set.
 */
/** Set E2E_PORT_BASE to run a second copy of the suite beside this one (another work tree). */
const BASE = Number(process.env.E2E_PORT_BASE || 3100)
export const SITE_PORT = BASE
export const HOSTED_PORT = BASE + 1
export const CONTENT_LAKE_PORT = BASE + 11
/** The hosted server's lake's copy of the seed, made afresh as the lake starts. */
export const HOSTED_DATASET = path.join(os.tmpdir(), `chaffcent-e2e-hosted-${BASE}`, 'data.ndjson')
export const PUBLISHING_PORT = BASE + 2
/** Servers a test starts and stops itself (restart-identity, fresh-build-outage). */
export const RESTART_PORT = BASE + 3
/** The hosted build as `next build` left it, copied before its server starts (keep-fresh-build.mjs). */
export const FRESH_HOSTED_DIST = '.next-hosted-fresh'
/** The site build again, with an inspector, for unknown-addresses.spec.ts to weigh its heap. */
export const FOOTPRINT_PORT = BASE + 4
export const FOOTPRINT_INSPECTOR_PORT = BASE + 5

/**
 * - studio: the built studio on the local Content Lake (packages/local-lake), and a site build
 *   reading through that lake with its webhook wired, for editors' journeys end to end.
 *   Clear of the cluster's BASE+20 … +24, which its tests start while these servers run.
 */
export const STUDIO_PORT = BASE + 31
export const STUDIO_LAKE_PORT = BASE + 32
export const STUDIO_API_PORT = BASE + 33
export const STUDIO_SITE_PORT = BASE + 34
export const STUDIO_DATASET = path.join(os.tmpdir(), `chaffcent-e2e-studio-${BASE}`, 'data.ndjson')
/** Chromium resolves every `*.localhost` name to loopback, so the studio's project host works. */
export const localOrigin = (port: number) => `http://localhost:${port}`

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
