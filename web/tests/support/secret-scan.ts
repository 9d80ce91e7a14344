import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PREVIEW_SECRET, REVALIDATE_SECRET, VIEWER_TOKEN, WRITE_TOKEN } from './servers'

/** The marker values the servers' secrets are set to, at build time and at run time. */
export const SECRET_MARKERS = [REVALIDATE_SECRET, PREVIEW_SECRET, VIEWER_TOKEN, WRITE_TOKEN]

/** A server-only variable's name followed by a value, as an inlined `env` would leave it. */
const NAMED_WITH_VALUE =
  /(SANITY_VIEWER_TOKEN|SANITY_WRITE_TOKEN|SANITY_REVALIDATE_SECRET|PREVIEW_SECRET|SMTP_URL|TURNSTILE_SECRET_KEY)["'`]?\s*[:=]\s*["'`][^"'`]+/

/**
 * What `next start` serves from a build folder: everything under `static/` (scripts, styles,
 * fonts), and the prerendered responses beside the server code: HTML, RSC payloads, route
 * bodies and their stored headers, including pages rendered at run time (`route-cache/`).
 */
const SERVED_RESPONSE = /\.(html|rsc|body|meta)$/
const RESPONSE_FOLDERS = ['server/app', 'server/pages', 'server/route-cache']

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
  } catch {
    return []
  }
}

export function servedFiles(build: string): string[] {
  const responses = RESPONSE_FOLDERS.flatMap((folder) => filesUnder(path.join(build, folder)))
  return [
    ...filesUnder(path.join(build, 'static')),
    ...responses.filter((file) => SERVED_RESPONSE.test(file)),
  ]
}

export function leaksIn(text: string): string[] {
  const leaks = SECRET_MARKERS.filter((secret) => text.includes(secret))
  const named = NAMED_WITH_VALUE.exec(text)
  return named ? [...leaks, named[0]] : leaks
}

/** Every leak in the build's served files, as `file: leak`, paths relative to the build. */
export function leaksInBuild(build: string): { scanned: string[]; leaks: string[] } {
  const scanned = servedFiles(build)
  const leaks = scanned.flatMap((file) =>
    leaksIn(readFileSync(file, 'latin1')).map((leak) => `${path.relative(build, file)}: ${leak}`),
  )
  return { scanned, leaks }
}
