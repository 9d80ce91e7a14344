import type { ReactNode } from 'react'
import styles from './Container.module.css'

interface ContainerProps {
  /** The reading column for articles and prose; otherwise the full page width. */
  narrow?: boolean
  className?: string
  children: ReactNode
}

/** Centres content and keeps it off the viewport edges. */
export function Container({ narrow = false, className, children }: ContainerProps) {
  const classes = [styles.container, narrow ? styles.narrow : null, className]
  return <div className={classes.filter(Boolean).join(' ')}>{children}</div>
}
