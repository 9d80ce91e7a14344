import Link from 'next/link'
import type { ReactNode } from 'react'
import styles from './ButtonLink.module.css'
import { linkRel } from '@/components/link-rel'

interface ButtonLinkProps {
  href: string
  /** `primary` is the filled main action; `secondary` the outlined alternative beside it. */
  variant?: 'primary' | 'secondary'
  className?: string
  children: ReactNode
}

/** A link that looks like a button: navigation, so it stays an `<a>`. */
export function ButtonLink({ href, variant = 'primary', className, children }: ButtonLinkProps) {
  const classes = [styles.button, styles[variant], className]
  return (
    <Link href={href} rel={linkRel(href)} className={classes.filter(Boolean).join(' ')}>
      {children}
    </Link>
  )
}

/** The arrow some labels end with; decorative, so screen readers skip it. */
export function Arrow() {
  return (
    <span className={styles.arrow} aria-hidden="true">
      →
    </span>
  )
}
