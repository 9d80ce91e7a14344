import { useId } from 'react'
import { Container } from '../layout/Container'
import { Section } from '../layout/Section'
import styles from './sections.module.css'

interface ContactDetailsProps {
  heading: string
  text?: string
  email: string
  /** The registered office, one part a line: street, town, postcode, country. */
  addressLines: string[]
  companyNumber: string
  /** e.g. "Registered in England & Wales" */
  registration: string
  tone?: 'default' | 'mid'
}

/** How to reach the company, from the site settings: email, registered office and company number. */
export function ContactDetails(props: ContactDetailsProps) {
  const headingId = useId()
  return (
    <Section tone={props.tone} labelledBy={headingId}>
      <Container narrow>
        <h2 id={headingId} className={styles.heading}>
          {props.heading}
        </h2>
        {props.text ? <p className={styles.lead}>{props.text}</p> : null}
        <dl className={styles.details}>
          <div className={styles.detail}>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${props.email}`}>{props.email}</a>
            </dd>
          </div>
          <div className={styles.detail}>
            <dt>Registered office</dt>
            <dd>
              <address>
                {props.addressLines.map((line) => (
                  <span key={line} className={styles.line}>
                    {line}
                  </span>
                ))}
              </address>
            </dd>
          </div>
          <div className={styles.detail}>
            <dt>Company</dt>
            <dd>
              {props.registration}. Company No.{' '}
              <span className={styles.number}>{props.companyNumber}</span>
            </dd>
          </div>
        </dl>
      </Container>
    </Section>
  )
}
