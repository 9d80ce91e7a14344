import type { ReactNode } from 'react'
import styles from './Section.module.css'

interface SectionProps {
  /** `mid` gives the tinted background that alternates with the default one. */
  tone?: 'default' | 'mid'
  /** The id of the section's heading, which names the region for assistive technology. */
  labelledBy?: string
  /** Names the region directly when it has no visible heading. */
  label?: string
  className?: string
  children: ReactNode
}

/** A page band with the vertical rhythm shared by every section. */
export function Section({
  tone = 'default',
  labelledBy,
  label,
  className,
  children,
}: SectionProps) {
  const classes = [styles.section, tone === 'mid' ? styles.mid : null, className]
  return (
    <section
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
    >
      {children}
    </section>
  )
}
