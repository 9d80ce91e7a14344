import { FileSystemCache, type NextPageCache } from './next-internals.ts'
import { renderClock } from './render-clock.ts'

/** One for the process: Next makes a new handler for each request. */
const clock = renderClock()

/**
 * Next's `cacheHandler` (rendered pages and route handlers), unchanged but for the age it
 * reports: a page is as old as the render behind it (render-clock.ts), so a publish that
 * lands while the page is being rendered still expires it. Next's own checks of tag expiry
 * and staleness then do the rest. Why Next needs this, and the upstream links: next-internals.ts.
 */
export default class PageCache extends FileSystemCache {
  override async get(...args: Parameters<NextPageCache['get']>) {
    const [key] = args
    clock.asked(key)
    const stored = await super.get(...args)
    const began = clock.beganAt(key)
    if (!stored || began === undefined || stored.lastModified <= began) return stored
    return { ...stored, lastModified: began }
  }

  override async set(...args: Parameters<NextPageCache['set']>) {
    clock.stored(args[0])
    return super.set(...args)
  }
}
