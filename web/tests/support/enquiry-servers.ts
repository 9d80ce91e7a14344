import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { createLake } from '@chaffcent/local-lake'
import { seedDocuments } from '@chaffcent/local-lake/test-lake'
import { SMTPServer } from 'smtp-server'
import { origin } from '../../scripts/processes/loopback.ts'
import { startNextServer, type NextServer } from '../../scripts/processes/next-server.ts'
import {
  ENQUIRY_LAKE_PORT,
  ENQUIRY_SITE_PORT,
  ENQUIRY_SMTP_PORT,
  HOSTED_PROJECT,
  WRITE_TOKEN,
} from './servers'

const DIR = path.join(os.tmpdir(), `chaffcent-e2e-enquiries-${ENQUIRY_SITE_PORT}`)
const DATASET = path.join(DIR, 'lake.ndjson')
/** The site's enquiry store: kept across the site's restarts, as in production. */
const STORE = path.join(DIR, 'enquiries.sqlite')
const DIST = '.next-enquiries'
export const ENQUIRY_INBOX = 'enquiries@chaffcent.example'
/** Short enough to keep the tests quick, long enough that a script filling at once is refused. */
export const MIN_FILL_SECONDS = 3

/** A fresh dataset and store, and a copy of the site's build to run against them. */
export function prepareEnquiryServers() {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  writeFileSync(
    DATASET,
    seedDocuments()
      .map((doc) => JSON.stringify(doc))
      .join('\n') + '\n',
  )
  rmSync(DIST, { recursive: true, force: true })
  cpSync('.next', DIST, { recursive: true })
}

/** The Content Lake the site reads and delivers to, on a fixed port so it can go down and come back. */
export async function startEnquiryLake() {
  const lake = createLake({ datasetFile: DATASET, projectId: HOSTED_PROJECT.projectId })
  await new Promise<void>((resolve) => lake.server.listen(ENQUIRY_LAKE_PORT, '127.0.0.1', resolve))
  return {
    async stop() {
      lake.closeListeners()
      const server: Server = lake.server
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** Every enquiry document in the lake whose name is `name`. */
export async function enquiriesInLake(name: string): Promise<Record<string, unknown>[]> {
  const query = encodeURIComponent('*[_type == "enquiry" && name == $name]')
  const url = `${origin(ENQUIRY_LAKE_PORT)}/v2025-02-19/data/query/production?query=${query}&%24name=${encodeURIComponent(JSON.stringify(name))}`
  const answer = await fetch(url, { headers: { authorization: `Bearer ${WRITE_TOKEN}` } })
  return ((await answer.json()) as { result: Record<string, unknown>[] }).result
}

/** A test SMTP server that keeps every message it is given, as raw text. */
export async function startSmtp() {
  const messages: string[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        messages.push(Buffer.concat(chunks).toString('utf8'))
        done()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(ENQUIRY_SMTP_PORT, '127.0.0.1', resolve))
  return {
    messages,
    /** The messages that mention `text` (a visitor's name, say). */
    mentioning: (text: string) => messages.filter((message) => message.includes(text)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The site, reading and delivering to the lake above, mailing the SMTP server above. */
export function startEnquirySite(): Promise<NextServer> {
  return startNextServer({
    name: 'enquiry site',
    port: ENQUIRY_SITE_PORT,
    env: {
      ...process.env,
      NEXT_DIST_DIR: DIST,
      SANITY_PROJECT_ID: HOSTED_PROJECT.projectId,
      SANITY_DATASET: HOSTED_PROJECT.dataset,
      SANITY_API_HOST: origin(ENQUIRY_LAKE_PORT),
      SANITY_WRITE_TOKEN: WRITE_TOKEN,
      SMTP_URL: `smtp://127.0.0.1:${ENQUIRY_SMTP_PORT}`,
      ENQUIRY_EMAIL_TO: ENQUIRY_INBOX,
      ENQUIRY_STORE_PATH: STORE,
      ENQUIRY_MIN_FILL_SECONDS: String(MIN_FILL_SECONDS),
      ENQUIRY_HOURLY_LIMIT: '100',
    },
  })
}
