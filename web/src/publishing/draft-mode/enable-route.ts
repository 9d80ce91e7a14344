import type { NextRequest } from 'next/server'
import { hostedConfig } from '@/content/config'
import { type SiteEnv, siteEnv } from '@/env'
import type { OpenDraftSwitch } from './draft-switch'
import { createEmbeddedEnable } from './embedded-enable'
import { createHostedEnable } from './hosted-enable'

/** What `app/api/draft-mode/enable/route.ts` exports: one entry, two ways to check it. */
export function enableDraftModeRoute(openDraftSwitch: OpenDraftSwitch, env: SiteEnv = siteEnv()) {
  const embedded = createEmbeddedEnable({
    openDraftSwitch,
    previewSecret: () => env.PREVIEW_SECRET,
  })
  const hosted = createHostedEnable()
  return {
    async GET(request: NextRequest): Promise<Response> {
      const config = hostedConfig(env)
      return config ? hosted(request, config) : embedded(request)
    },
  }
}
