import Link from 'next/link'
import styles from './FooterColumns.module.css'
import { linkRel } from '@/components/link-rel'

export interface FooterColumn {
  heading: string
  links: { label: string; href: string; ariaLabel?: string }[]
}

/**
 * Ids for the column headings, derived from their words ("Company" gives
 * `footer-nav-company`, as on the client's site) and kept unique if two headings match.
 */
export function footerHeadingIds(headings: string[]): string[] {
  const seen = new Map<string, number>()
  return headings.map((heading) => {
    const slug = heading
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    const base = `footer-nav-${slug || 'links'}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base}-${count}`
  })
}

/** The footer's navigation: each column a heading that names its list. */
export function FooterColumns({ columns }: { columns: FooterColumn[] }) {
  const ids = footerHeadingIds(columns.map((column) => column.heading))
  return (
    <nav className={styles.nav} aria-label="Footer navigation">
      {columns.map((column, index) => {
        const id = ids[index]
        return (
          <div key={id} className={styles.column}>
            <h3 id={id} className={styles.heading}>
              {column.heading}
            </h3>
            <ul role="list" aria-labelledby={id} className={styles.list}>
              {column.links.map((link) => (
                <li key={`${link.href} ${link.label}`}>
                  <Link
                    href={link.href}
                    rel={linkRel(link.href)}
                    className={styles.link}
                    aria-label={link.ariaLabel}
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </nav>
  )
}
