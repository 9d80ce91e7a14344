import { createClient } from 'next-sanity'
import type { HostedConfig } from '../config'

/**
 * The one next-sanity client configuration for the Content Lake: published perspective, the
 * live API (reads are cached by tag in Next.js and expired by the webhook, so never the CDN).
 */
export function hostedClient(config: HostedConfig) {
  return createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: false,
    perspective: 'published',
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    // Off unless a read asks: published reads (every cached page) never carry marks.
    stega: { enabled: false, studioUrl: config.studioUrl },
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
}
