import { lastGoodFile } from './file'
import { LastGoodStore } from './store'

export { isRealResult, LastGoodStore } from './store'

let store: LastGoodStore | undefined

/** This server's one last-good store, persisted beside its build (see `lastGoodFile`). */
export function lastGoodStore(): LastGoodStore {
  if (!store) {
    const created = new LastGoodStore(lastGoodFile())
    // Build workers exit as soon as their pages are done, before a delayed save would run.
    process.once('exit', () => created.flush())
    store = created
  }
  return store
}
