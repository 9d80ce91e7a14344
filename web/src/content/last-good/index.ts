import { isBuildPhase } from '../config'
import { lastGoodFolder } from './identity'
import { LastGoodStore } from './store'

export { isRealResult, LastGoodStore } from './store'

let store: LastGoodStore | undefined

/** This process's one last-good store, kept in this build's folder (identity.ts). */
export function lastGoodStore(): LastGoodStore {
  if (store) return store
  const folder = lastGoodFolder()
  const building = isBuildPhase()
  // Without next.config's generateBuildId (build-id.ts) the build's reads could not be filed.
  if (building && !folder) console.error('[content] no build id: last good reads kept in memory')
  store = new LastGoodStore({ folder, building })
  return store
}
