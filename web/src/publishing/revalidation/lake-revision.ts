import type { HostedConfig } from '@/content/config'
import { hostedClient } from '@/content/source/hosted-client'
import type { ReadRevision } from './consistency'

/** The document's revision, or null when it is gone (a delete, an unpublish). */
const REVISION_QUERY = '*[_id == $id][0]{ _rev }'

/**
 * Reads a published document's revision straight from the Content Lake: the site's own
 * client, uncached, one try bounded by the caller (the wait polls again rather than retrying).
 */
export function lakeRevisionReader(config: HostedConfig): ReadRevision {
  const client = hostedClient(config).withConfig({ maxRetries: 0 })
  return async (id, timeoutMs) => {
    const found = await client.fetch<{ _rev?: string | null } | null>(
      REVISION_QUERY,
      { id },
      { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' },
    )
    // A document without a revision is still there: it must not pass for a deleted one.
    return found ? (found._rev ?? '') : null
  }
}
