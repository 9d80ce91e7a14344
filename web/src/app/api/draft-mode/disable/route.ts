import { draftMode } from 'next/headers'
import { disableDraftModeRoute } from '@/publishing/draft-mode/disable-route'

export const { GET, POST } = disableDraftModeRoute(draftMode)
