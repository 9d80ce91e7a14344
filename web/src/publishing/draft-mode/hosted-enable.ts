import { unstable_rethrow } from 'next/navigation'
import type { EnableDraftMode } from 'next-sanity/draft-mode'
import type { HostedConfig } from '@/content/config'
import { logOnce } from '../log-once'
import { jsonError } from '../responses'
import { withSafePreviewPathname } from './redirect-path'

/** Built on first use, so the embedded path never loads the Sanity client. */
async function defineHostedEnable(config: HostedConfig, token: string): Promise<EnableDraftMode> {
  const [{ createClient }, { defineEnableDraftMode }] = await Promise.all([
    import('next-sanity'),
    import('next-sanity/draft-mode'),
  ])
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: false,
    token,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return defineEnableDraftMode({ client })
}

/**
 * Draft mode on the hosted Content Lake: next-sanity checks the Presentation tool's
 * one-off preview secret against the lake, which needs the viewer token. The token
 * stays on the server; it is never sent to the browser.
 */
export function createHostedEnable(log?: (message: string) => void) {
  const logMisconfiguration = logOnce(log)
  let enableDraftMode: Promise<EnableDraftMode> | undefined

  return async function enableHostedPreview(
    request: Request,
    config: HostedConfig,
  ): Promise<Response> {
    if (!config.viewerToken) {
      logMisconfiguration(
        '[publishing] SANITY_VIEWER_TOKEN is not set; refusing every request to preview',
      )
      return jsonError(503, 'Preview is not configured on this server')
    }
    enableDraftMode ??= defineHostedEnable(config, config.viewerToken).catch((error: unknown) => {
      enableDraftMode = undefined // try again on the next request rather than fail for ever
      throw error
    })
    try {
      return await (await enableDraftMode).GET(withSafePreviewPathname(request))
    } catch (error) {
      // next-sanity answers with redirect(), which works by throwing: let Next handle it.
      unstable_rethrow(error)
      console.error('[publishing] could not check the preview secret with Sanity', error)
      return jsonError(502, 'Could not reach Sanity to check the preview secret')
    }
  }
}
