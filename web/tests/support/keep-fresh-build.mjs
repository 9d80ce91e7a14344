// Keeps a copy of the hosted build as `next build` left it, before its server answers anyone,
// so a test can start a server that has never read anything at runtime
// (tests/e2e/hosted/fresh-build-outage.spec.ts). Next's build cache is left behind: a server
// never reads it.
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { siteEnv } from '../../src/env.ts'
import { FRESH_HOSTED_DIST } from './servers.ts'

// The build the Playwright config just made (its NEXT_DIST_DIR).
const built = siteEnv().NEXT_DIST_DIR
rmSync(FRESH_HOSTED_DIST, { recursive: true, force: true })
cpSync(built, FRESH_HOSTED_DIST, {
  recursive: true,
  filter: (source) => path.relative(built, source) !== 'cache',
})
