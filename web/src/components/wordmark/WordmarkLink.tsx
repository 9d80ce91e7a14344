import Link from 'next/link'
import styles from './WordmarkLink.module.css'

/** The accessible name the client's site gives its wordmark link (comma spacing as on that site). */
export const WORDMARK_LABEL = 'ChaffCent Ventures Limited , return to home'

interface WordmarkLinkProps {
  /** `footer` sets the wordmark a little larger, as the brand block's title. */
  size?: 'header' | 'footer'
  className?: string
}

/** The two-part wordmark, "ChaffCent" over "Ventures Limited", linking home. */
export function WordmarkLink({ size = 'header', className }: WordmarkLinkProps) {
  const classes = [styles.wordmark, styles[size], className]
  return (
    <Link href="/" className={classes.filter(Boolean).join(' ')} aria-label={WORDMARK_LABEL}>
      {/* The space keeps the visible text "ChaffCent Ventures Limited", part of the link's name. */}
      <span className={styles.name}>ChaffCent</span>{' '}
      <span className={styles.sub}>Ventures Limited</span>
    </Link>
  )
}
