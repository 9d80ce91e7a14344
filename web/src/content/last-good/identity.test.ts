import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSiteEnv } from '@/env'
import { BUILD_ID_VARIABLE } from './build-id'
import { lastGoodFolder } from './identity'

const hosted = { SANITY_PROJECT_ID: 'p1', SANITY_DATASET: 'production' }

/** A build folder whose BUILD_ID says `buildId`, as `next start` finds it. */
function builtWith(buildId: string) {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'last-good-dist-'))
  writeFileSync(path.join(dist, 'BUILD_ID'), buildId)
  return { NEXT_DIST_DIR: dist }
}

const whileBuilding = (buildId: string, dist: { NEXT_DIST_DIR: string }) => ({
  ...dist,
  NEXT_PHASE: 'phase-production-build',
  [BUILD_ID_VARIABLE]: buildId,
})

describe('lastGoodFolder', () => {
  it('is the same while the build prerenders and when its server starts', () => {
    const dist = builtWith('build-one')
    const during = lastGoodFolder(readSiteEnv({ ...hosted, ...whileBuilding('build-one', dist) }))
    expect(during).not.toBeNull()
    expect(lastGoodFolder(readSiteEnv({ ...hosted, ...dist }))).toBe(during)
  })

  it('differs for another build or another dataset, so neither reads the other’s entries', () => {
    const dist = builtWith('build-one')
    const mine = lastGoodFolder(readSiteEnv({ ...hosted, ...dist }))
    expect(
      lastGoodFolder(readSiteEnv({ ...hosted, ...whileBuilding('build-two', dist) })),
    ).not.toBe(mine)
    expect(lastGoodFolder(readSiteEnv({ ...hosted, SANITY_DATASET: 'staging', ...dist }))).not.toBe(
      mine,
    )
    expect(lastGoodFolder(readSiteEnv({ ...dist }))).not.toBe(mine)
  })

  it('is null when the build id cannot be known', () => {
    const dist = { NEXT_DIST_DIR: mkdtempSync(path.join(os.tmpdir(), 'last-good-dist-')) }
    expect(lastGoodFolder(readSiteEnv({ ...hosted, ...dist }))).toBeNull()
    expect(
      lastGoodFolder(readSiteEnv({ ...hosted, ...dist, NEXT_PHASE: 'phase-production-build' })),
    ).toBeNull()
  })
})
