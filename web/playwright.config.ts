import { defineConfig, devices } from '@playwright/test'
import {
  CLUSTER_PORT,
  CONTENT_LAKE_PORT,
  HOSTED_PORT,
  HOSTED_PROJECT,
  origin,
  PREVIEW_SECRET,
  PUBLISHING_DATASET,
  PUBLISHING_PORT,
  REVALIDATE_SECRET,
  SITE_PORT,
  VIEWER_TOKEN,
} from './tests/support/servers'

/** Debian's Chromium: Playwright cannot download its own browser on this network. */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

const quiet = { NEXT_TELEMETRY_DISABLED: '1' }
const start = (port: number) => `next start -p ${port} -H 127.0.0.1`

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { ...devices['Desktop Chrome'], launchOptions, trace: 'off' },
  projects: [
    { name: 'site', testDir: 'tests/e2e/site', use: { baseURL: origin(SITE_PORT) } },
    { name: 'hosted', testDir: 'tests/e2e/hosted', use: { baseURL: origin(HOSTED_PORT) } },
    {
      name: 'publishing',
      testDir: 'tests/e2e/publishing',
      use: { baseURL: origin(PUBLISHING_PORT) },
    },
    // Starts its own Redis, instances and edge (tests/e2e/cluster/fixtures.ts): no browser.
    { name: 'cluster', testDir: 'tests/e2e/cluster', use: { baseURL: origin(CLUSTER_PORT) } },
  ],
  webServer: [
    {
      command: start(SITE_PORT),
      url: `${origin(SITE_PORT)}/`,
      timeout: 60_000,
      env: quiet,
    },
    {
      command: 'node tests/support/content-lake-stand-in.mjs',
      url: `${origin(CONTENT_LAKE_PORT)}/health`,
      timeout: 30_000,
      env: { PORT: String(CONTENT_LAKE_PORT) },
    },
    {
      // Its own build, so that prerendering too reads through the hosted path.
      command: `next build && ${start(HOSTED_PORT)}`,
      url: `${origin(HOSTED_PORT)}/`,
      timeout: 240_000,
      env: {
        ...quiet,
        NEXT_DIST_DIR: '.next-hosted',
        SANITY_PROJECT_ID: HOSTED_PROJECT.projectId,
        SANITY_DATASET: HOSTED_PROJECT.dataset,
        SANITY_API_HOST: origin(CONTENT_LAKE_PORT),
        SANITY_VIEWER_TOKEN: VIEWER_TOKEN,
        SANITY_REVALIDATE_SECRET: REVALIDATE_SECRET,
      },
    },
    {
      command: `node tests/support/prepare-publishing.mjs && ${start(PUBLISHING_PORT)}`,
      url: `${origin(PUBLISHING_PORT)}/`,
      timeout: 60_000,
      env: {
        ...quiet,
        NEXT_DIST_DIR: '.next-publishing',
        CONTENT_DATASET_PATH: PUBLISHING_DATASET,
        SANITY_REVALIDATE_SECRET: REVALIDATE_SECRET,
        PREVIEW_SECRET,
      },
    },
  ],
})
