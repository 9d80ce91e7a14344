import { TYPE } from '@chaffcent/content/content-types'
import { hrefFor } from '@chaffcent/content/routes'
import { EnquiryForm } from '@/components/enquiry-form/EnquiryForm'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { enquiryConfig } from '@/enquiries/config'

const PRIVACY_HREF = hrefFor({ _type: TYPE.legalDocument, slug: 'privacy' }) ?? '/legal/privacy'

/** The enquiry form under a heading: on the Contact page, and wherever an editor places it. */
export function EnquirySection({
  heading,
  intro,
  tone,
  path,
}: {
  heading?: string | null
  intro?: string | null
  tone: 'default' | 'mid'
  /** The page's own address: where the form posts before scripts run. */
  path: string
}) {
  return (
    <Section tone={tone} labelledBy="enquiry-heading">
      <Container narrow>
        <h2 id="enquiry-heading">{heading || 'Send us an enquiry'}</h2>
        <p>
          {intro ||
            'Tell us a little about your organisation and what you have in mind. We read every enquiry and reply within two working days.'}
        </p>
        <EnquiryForm
          permalink={path}
          privacyHref={PRIVACY_HREF}
          turnstileSiteKey={enquiryConfig().turnstile?.siteKey}
        />
      </Container>
    </Section>
  )
}
