import { defineConfig, devices } from '@playwright/test'
import {
  CLUSTER_PORT,
  CONTENT_LAKE_PORT,
  HOSTED_DATASET,
  HOSTED_PORT,
  HOSTED_PROJECT,
  PREVIEW_SECRET,
  PUBLISHING_DATASET,
  PUBLISHING_PORT,
  REVALIDATE_SECRET,
  SITE_PORT,
  STUDIO_API_PORT,
  STUDIO_DATASET,
  STUDIO_LAKE_PORT,
  STUDIO_PORT,
  STUDIO_SITE_PORT,
  localOrigin,
  VIEWER_TOKEN,
} from './tests/support/servers'
import { origin } from './scripts/processes/loopback.ts'

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
    {
      // The lake's studio API is HTTP/2 with a throwaway self-signed certificate.
      name: 'studio',
      testDir: 'tests/e2e/studio',
      use: { baseURL: localOrigin(STUDIO_PORT), ignoreHTTPSErrors: true },
    },
  ],
  webServer: [
    {
      command: start(SITE_PORT),
      url: `${origin(SITE_PORT)}/`,
      timeout: 60_000,
      env: quiet,
    },
    {
      // The local Content Lake the hosted build and server read, with outage drills on.
      command: 'node_modules/.bin/tsx src/serve-hosted-main.ts',
      cwd: '../packages/local-lake',
      url: `${origin(CONTENT_LAKE_PORT)}/health`,
      timeout: 60_000,
      env: {
        CONTENT_DATASET_PATH: HOSTED_DATASET,
        LAKE_PORT: String(CONTENT_LAKE_PORT),
        SANITY_PROJECT_ID: HOSTED_PROJECT.projectId,
      },
    },
    {
      // Its own build, so that prerendering too reads through the hosted path; every secret is
      // set to its marker at build time, so the secret scan of this build can fail.
      // A copy is kept before it starts, for a server that has read nothing at runtime.
      command: `next build && node tests/support/keep-fresh-build.mjs && ${start(HOSTED_PORT)}`,
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
        PREVIEW_SECRET,
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
    {
      // Straight through the package's own tsx: under turbo's strict environment an `npx`
      // here may stop to ask before it runs pnpm, and the server never starts.
      command: 'node_modules/.bin/tsx src/serve-main.ts',
      cwd: '../packages/local-lake',
      url: `${origin(STUDIO_LAKE_PORT)}/health`,
      timeout: 60_000,
      env: {
        CONTENT_DATASET_PATH: STUDIO_DATASET,
        LAKE_PORT: String(STUDIO_LAKE_PORT),
        STUDIO_API_PORT: String(STUDIO_API_PORT),
        STUDIO_PORT: String(STUDIO_PORT),
        SITE_ORIGIN: origin(STUDIO_SITE_PORT),
        SANITY_PROJECT_ID: HOSTED_PROJECT.projectId,
        SANITY_REVALIDATE_SECRET: REVALIDATE_SECRET,
      },
    },
    {
      // Built through the lake, as `pnpm local` builds it.
      command: `next build && ${start(STUDIO_SITE_PORT)}`,
      url: `${origin(STUDIO_SITE_PORT)}/`,
      timeout: 240_000,
      env: {
        ...quiet,
        NEXT_DIST_DIR: '.next-studio',
        SANITY_PROJECT_ID: HOSTED_PROJECT.projectId,
        SANITY_DATASET: HOSTED_PROJECT.dataset,
        SANITY_API_HOST: origin(STUDIO_LAKE_PORT),
        SANITY_VIEWER_TOKEN: VIEWER_TOKEN,
        SANITY_REVALIDATE_SECRET: REVALIDATE_SECRET,
        // The studio's Presentation tool frames the site (CSP frame-ancestors).
        STUDIO_ORIGINS: localOrigin(STUDIO_PORT),
      },
    },
  ],
})
