import { randomBytes } from 'node:crypto'

/**
 * Where `next build` leaves its build id for its own workers. Next writes `BUILD_ID` only
 * after it has collected page data, and its workers prerender without being told the id, so
 * the reads a build makes could not be filed under it. The id is chosen here instead (as
 * next.config's `generateBuildId`) and put in the environment the workers inherit.
 */
export const BUILD_ID_VARIABLE = 'CHAFFCENT_BUILD_ID'

/** next.config's `generateBuildId`: a fresh id per build, shared with the build's workers. */
export function generateBuildId(): string {
  let id = ''
  // Next avoids "ad" in its own ids: ad blockers drop paths that contain it.
  while (!id || /ad/i.test(id)) id = randomBytes(12).toString('hex')
  process.env[BUILD_ID_VARIABLE] = id
  return id
}
