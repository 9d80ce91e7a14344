import { refreshTags } from './tag-clock.ts'
import PageCache from './page-cache.ts'

/**
 * The page cache (page-cache.ts) with one change: before each read it learns from
 * Redis which tags other instances expired. Pages stay in each instance's build folder, where
 * the build seeded them; a page is a render of shared 'use cache' entries, so re-rendering it
 * after a publish costs each instance a render but no content read.
 */
export default class SharedTagsPageCache extends PageCache {
  override async get(...args: Parameters<PageCache['get']>) {
    await refreshTags()
    return super.get(...args)
  }
}
