import { draftMode } from 'next/headers'
import { VisualEditing } from 'next-sanity/visual-editing'
import { hostedConfig } from '@/content/config'
import { PreviewBanner } from './PreviewBanner'

/**
 * Tells an editor in draft mode that they are looking at unpublished drafts, and lets
 * them leave. On the hosted Content Lake it also mounts Sanity's visual editing overlays
 * for the Presentation tool. Renders nothing for visitors.
 *
 * Place it in the root layout inside `<Suspense fallback={null}>`, outside `<main>`:
 * it is a complementary landmark, which must not sit inside another landmark.
 */
export async function PreviewControls() {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null

  return (
    <>
      <PreviewBanner />
      {hostedConfig() ? <VisualEditing /> : null}
    </>
  )
}
