import { createClient } from 'next-sanity'
import type { HostedConfig } from '../config'
import { stegaEnabledFor } from '../stega'
import type { ContentSource } from './types'

/** The Content Lake through next-sanity's client; drafts are read with the server-side viewer token. */
export function hostedSource(config: HostedConfig): ContentSource {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    // Reads are cached by tag in Next.js and expired by the webhook, so they go to the live API.
    useCdn: false,
    perspective: 'published',
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    // Off unless a read asks: published reads (every cached page) never carry marks.
    stega: { enabled: false, studioUrl: config.studioUrl },
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return {
    kind: 'hosted',
    query(query, params, perspective) {
      const stega = stegaEnabledFor(perspective)
      if (perspective === 'drafts') {
        return client.fetch(query, params, {
          perspective: 'drafts',
          token: config.viewerToken,
          useCdn: false,
          stega,
        })
      }
      return client.fetch(query, params, { stega })
    },
  }
}
