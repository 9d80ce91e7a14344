import { draftMode } from 'next/headers'
import { enableDraftModeRoute } from '@/publishing/draft-mode/enable-route'

export const { GET } = enableDraftModeRoute(draftMode)
