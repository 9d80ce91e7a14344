import type { HostedConfig } from '../config'
import { stegaEnabledFor } from '../stega'
import { hostedClient } from './hosted-client'
import type { ContentSource } from './types'

/** The Content Lake through next-sanity's client; drafts are read with the server-side viewer token. */
export function hostedSource(config: HostedConfig): ContentSource {
  const client = hostedClient(config)
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
