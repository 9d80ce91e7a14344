import { draftMode } from 'next/headers'
import { connection, type NextRequest } from 'next/server'
import { enableDraftModeRoute } from '@/publishing/draft-mode/enable-route'

const route = enableDraftModeRoute(draftMode)

export async function GET(request: NextRequest) {
  // Per request only: otherwise the build prerenders it and logs that no secret is set.
  await connection()
  return route.GET(request)
}
