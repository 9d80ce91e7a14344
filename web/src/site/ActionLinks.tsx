import Link from 'next/link'
import type { Link as ContentLink } from '@/content/schemas'
import styles from './ActionLinks.module.css'

/** A primary and an optional secondary call to action, as a pair of buttons. */
export function ActionLinks({
  primary,
  secondary,
}: {
  primary: ContentLink
  secondary?: ContentLink
}) {
  return (
    <p className={styles.actions}>
      <Link className={styles.primary} href={primary.href}>
        {primary.label}
      </Link>
      {secondary && (
        <Link className={styles.secondary} href={secondary.href}>
          {secondary.label}
        </Link>
      )}
    </p>
  )
}
