import Link from 'next/link'
import styles from './LegalLinks.module.css'

export interface LegalLink {
  label: string
  href: string
}

/** The row of legal documents at the foot of the page, separated by middle dots. */
export function LegalLinks({ links }: { links: LegalLink[] }) {
  if (links.length === 0) return null
  return (
    <ul role="list" className={styles.row} aria-label="Legal document links">
      {links.map((link, index) => (
        <li key={link.href} className={styles.item}>
          {index > 0 ? (
            <span className={styles.separator} aria-hidden="true">
              ·
            </span>
          ) : null}
          <Link href={link.href} className={styles.link}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}
