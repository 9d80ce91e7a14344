import { WordmarkLink } from '../wordmark/WordmarkLink'
import { FooterColumns, type FooterColumn } from './FooterColumns'
import { LegalLinks, type LegalLink } from './LegalLinks'
import styles from './SiteFooter.module.css'

export interface FooterAddress {
  streetAddress: string
  addressLocality: string
  postalCode: string
  countryName: string
}

interface SiteFooterProps {
  legalName: string
  tagline: string
  address: FooterAddress
  columns: FooterColumn[]
  legalLinks: LegalLink[]
  /** Passed in: reading the clock inside a component would stop the page prerendering. */
  year: number
  registration: string
  companyNumber: string
  disclaimer?: string
}

/** The footer of every page, as on the client's site: brand, address, link columns, legal line. */
export function SiteFooter(props: SiteFooterProps) {
  const { address } = props
  const addressLines = [
    address.streetAddress,
    address.addressLocality,
    address.postalCode,
    address.countryName,
  ]
  return (
    <footer
      className={styles.footer}
      role="contentinfo"
      aria-label="Site footer"
      data-surface="dark"
    >
      <div className={styles.inner}>
        {/* Keeps the heading outline whole: the columns' <h3>s follow whatever the page ends on. */}
        <h2 className="visually-hidden">Site information</h2>
        <div className={styles.top}>
          <div className={styles.brand}>
            <WordmarkLink size="footer" />
            <p className={styles.tagline}>{props.tagline}</p>
            <address className={styles.address}>
              {addressLines.map((line, index) => (
                <span key={line} className={styles.addressLine}>
                  {line}
                  {/* One part a line on screen; read aloud (and copied) as one comma-separated line. */}
                  {index < addressLines.length - 1 ? (
                    <span className="visually-hidden">, </span>
                  ) : null}
                </span>
              ))}
            </address>
          </div>
          <FooterColumns columns={props.columns} />
        </div>
        <hr className={styles.divider} aria-hidden="true" />
        <div className={styles.bottom}>
          <div className={styles.notices}>
            <p className={styles.legal}>
              © {props.year} {props.legalName}. All rights reserved. {props.registration}. Company
              No. <span className={styles.companyNumber}>{props.companyNumber}</span>.
            </p>
            {props.disclaimer && <p className={styles.disclaimer}>{props.disclaimer}</p>}
          </div>
          <LegalLinks links={props.legalLinks} />
        </div>
      </div>
    </footer>
  )
}
