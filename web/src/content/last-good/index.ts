import { lastGoodFile } from './file'
import { LastGoodStore } from './store'

export { isRealResult, LastGoodStore } from './store'

let store: LastGoodStore | undefined

/** This server's one last-good store, persisted beside its build (see `lastGoodFile`). */
export function lastGoodStore(): LastGoodStore {
  store ??= new LastGoodStore(lastGoodFile())
  return store
}
