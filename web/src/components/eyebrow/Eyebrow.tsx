import type { ReactNode } from 'react'
import styles from './Eyebrow.module.css'

interface EyebrowProps {
  /** The small square marker the call-to-action banner puts before its label. */
  dot?: boolean
  className?: string
  children: ReactNode
}

/** The small uppercase label above a heading. */
export function Eyebrow({ dot = false, className, children }: EyebrowProps) {
  const classes = [styles.eyebrow, dot ? styles.withDot : null, className]
  return (
    <p className={classes.filter(Boolean).join(' ')}>
      {dot ? <span className={styles.dot} aria-hidden="true" /> : null}
      {children}
    </p>
  )
}
