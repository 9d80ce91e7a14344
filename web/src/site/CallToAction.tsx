import { CallToActionBanner } from '@/components/cta-banner/CallToActionBanner'
import type { CallToAction as CallToActionContent } from '@/content/schemas'

/** A call to action from content (the site's default, or a page section) as the banner; none when unset. */
export function CallToAction({ cta }: { cta: CallToActionContent | undefined }) {
  if (!cta) return null
  return (
    <CallToActionBanner
      eyebrow={cta.eyebrow}
      heading={cta.heading}
      text={cta.text}
      primary={cta.primaryAction}
      secondary={cta.secondaryAction}
    />
  )
}
