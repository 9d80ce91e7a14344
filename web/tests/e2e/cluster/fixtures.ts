import { cpSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { test as base } from '@playwright/test'
import { type Cluster, startCluster } from '../../../scripts/cluster/cluster.ts'
import { clusterSettings } from '../../../scripts/cluster/settings.ts'
import {
  CLUSTER_DATASET,
  CLUSTER_INSTANCES,
  CLUSTER_PORT,
  REVALIDATE_SECRET,
  SEED,
} from '../../support/servers'

/**
 * One cluster for the whole project, as `pnpm cluster` starts it (its own Redis, instances
 * on copies of the site build, the nginx edge), on a copy of the dataset the tests edit.
 */
export const test = base.extend<object, { cluster: Cluster }>({
  cluster: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from it
    async ({}, use) => {
      const dir = path.dirname(CLUSTER_DATASET)
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
      cpSync(SEED, CLUSTER_DATASET)
      const settings = clusterSettings({
        ...process.env,
        PORT: String(CLUSTER_PORT),
        INSTANCES: String(CLUSTER_INSTANCES),
        REDIS_URL: '',
        CONTENT_DATASET_PATH: CLUSTER_DATASET,
        SANITY_REVALIDATE_SECRET: REVALIDATE_SECRET,
      })
      const cluster = await startCluster(settings)
      await use(cluster)
      await cluster.stop()
      rmSync(dir, { recursive: true, force: true })
    },
    { scope: 'worker', timeout: 180_000 },
  ],
})

export { expect } from '@playwright/test'
