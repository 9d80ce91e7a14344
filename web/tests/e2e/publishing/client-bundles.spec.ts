import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { PREVIEW_SECRET, REVALIDATE_SECRET, VIEWER_TOKEN } from '../../support/servers'

/** What the browser may download: every build copy's `static` folder. */
const BUILDS_SENT_TO_BROWSERS = ['.next', '.next-publishing']
const OPTIONAL_BUILDS = ['.next-hosted']

const webRoot = path.resolve(import.meta.dirname, '../../..')

const SECRET_VALUES = [REVALIDATE_SECRET, PREVIEW_SECRET, VIEWER_TOKEN]
/** A server-only variable's name followed by a value, as an inlined `env` would leave it. */
const NAMED_WITH_VALUE =
  /(SANITY_VIEWER_TOKEN|SANITY_REVALIDATE_SECRET|PREVIEW_SECRET)["'`]?\s*[:=]\s*["'`][^"'`]+/

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

function leaksIn(file: string): string[] {
  const text = readFileSync(file, 'latin1')
  const leaks = SECRET_VALUES.filter((secret) => text.includes(secret))
  const named = NAMED_WITH_VALUE.exec(text)
  return named ? [...leaks, named[0]] : leaks
}

test('no secret reaches the files sent to browsers', () => {
  const builds = [
    ...BUILDS_SENT_TO_BROWSERS,
    ...OPTIONAL_BUILDS.filter((build) => existsSync(path.join(webRoot, build, 'static'))),
  ]
  let scanned = 0
  const found: string[] = []
  for (const build of builds) {
    const files = filesUnder(path.join(webRoot, build, 'static'))
    // A build's static folder always holds the client JavaScript; empty would mean no build.
    expect(
      files.some((file) => file.endsWith('.js')),
      `${build}/static has scripts`,
    ).toBe(true)
    scanned += files.length
    for (const file of files) {
      for (const leak of leaksIn(file)) found.push(`${path.relative(webRoot, file)}: ${leak}`)
    }
  }
  expect(scanned).toBeGreaterThan(0)
  expect(found).toEqual([])
})
