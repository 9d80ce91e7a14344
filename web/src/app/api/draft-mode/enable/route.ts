import { connection, type NextRequest } from 'next/server'
import { hostedConfig } from '@/content/config'
import { createEmbeddedEnable } from '@/publishing/draft-mode/embedded-enable'
import { createHostedEnable } from '@/publishing/draft-mode/hosted-enable'

// One entry, two ways to check it: the preview secret on the embedded dataset, Sanity's
// Presentation tool's one-off secret on the hosted Content Lake.
const embedded = createEmbeddedEnable()
const hosted = createHostedEnable()

export async function GET(request: NextRequest): Promise<Response> {
  // Per request only: otherwise the build prerenders it and logs that no secret is set.
  await connection()
  const config = hostedConfig()
  return config ? hosted(request, config) : embedded(request)
}
