import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { copyOfSeed, REPOSITORY, serveLakeAndStudio } from './serve'

/**
 * `pnpm local`: the local Content Lake, the built studio signed in as the local editor, and the
 * site in production mode reading through the lake with the revalidation webhook wired.
 * Edits persist in .local-lake/production.ndjson (a copy of the seed made on the first run)
 * unless CONTENT_DATASET_PATH names another file.
 */
const sitePort = Number(process.env.PORT || 3000)
const studioPort = Number(process.env.STUDIO_PORT || 3333)
const lakePort = Number(process.env.LAKE_PORT || 3400)
/** The project id the studio was built with (studio/env.ts): its API host is `<id>.localhost`. */
const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'placeholder'
const datasetFile =
  process.env.CONTENT_DATASET_PATH || path.join(REPOSITORY, '.local-lake', 'production.ndjson')
const secret = randomBytes(24).toString('base64url')
const siteOrigin = `http://localhost:${sitePort}`

if (!existsSync(datasetFile)) copyOfSeed(datasetFile)
const served = await serveLakeAndStudio({
  datasetFile,
  ports: { lake: lakePort, studioApi: lakePort + 1, studio: studioPort },
  siteOrigin,
  projectId,
  revalidateSecret: secret,
})

const web = path.join(REPOSITORY, 'web')
const next = (args: string[]) =>
  spawn(
    process.execPath,
    [path.join(web, 'node_modules', 'next', 'dist', 'bin', 'next'), ...args],
    {
      cwd: web,
      stdio: 'inherit',
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: '.next-local',
        SANITY_PROJECT_ID: projectId,
        SANITY_DATASET: 'production',
        SANITY_API_HOST: served.lakeOrigin,
        SANITY_VIEWER_TOKEN: 'local-viewer',
        SANITY_REVALIDATE_SECRET: secret,
        // The local studio's Presentation tool frames the site (CSP frame-ancestors).
        STUDIO_ORIGINS: served.studioOrigin,
        // Enquiries sent through the site's form reach the local studio; the lake takes any token.
        SANITY_WRITE_TOKEN: process.env.SANITY_WRITE_TOKEN || 'local-writer',
        ENQUIRY_STORE_PATH:
          process.env.ENQUIRY_STORE_PATH ||
          path.join(path.dirname(datasetFile), 'enquiries.sqlite'),
      },
    },
  )

let site = next(['build'])
const stop = () => {
  site.kill('SIGTERM')
  served.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
site.on('exit', (code) => {
  if (code !== 0) return stop()
  // Loopback only, like the lake and the studio: nobody else on the network reaches it.
  site = next(['start', '-p', String(sitePort), '-H', '127.0.0.1'])
  site.on('exit', stop)
  const projectApi = served.studioApiOrigin.replace('//', `//${projectId}.`)
  console.log(`
  Content Lake  ${served.lakeOrigin}
  Studio        ${served.studioOrigin}
  Site          ${siteOrigin}

  The studio talks to the lake over HTTP/2 with a certificate made for this run. If the studio
  cannot connect, open ${served.studioApiOrigin}/health and ${projectApi}/health once
  and accept the certificate. Ctrl-C stops everything.
`)
})
