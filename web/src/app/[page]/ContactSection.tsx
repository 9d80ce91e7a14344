import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { getSiteSettings } from '@/content/settings'
import styles from './contact.module.css'

/** The firm's contact details, always as the site settings state them. */
export async function ContactSection({ heading, text }: { heading: string; text?: string }) {
  const settings = await getSiteSettings()
  const { address } = settings
  return (
    <Section labelledBy="contact-details-heading">
      <Container>
        <h2 id="contact-details-heading">{heading}</h2>
        {text && <p>{text}</p>}
        <dl className={styles.details}>
          <div>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
            </dd>
          </div>
          <div>
            <dt>Registered office</dt>
            <dd>
              <address>
                {settings.legalName}
                <br />
                {address.streetAddress}
                <br />
                {address.addressLocality}, {address.postalCode}
                <br />
                {address.countryName}
              </address>
            </dd>
          </div>
          <div>
            <dt>Company details</dt>
            <dd>
              {settings.registration}. Company No. {settings.companyNumber}.
            </dd>
          </div>
        </dl>
      </Container>
    </Section>
  )
}
