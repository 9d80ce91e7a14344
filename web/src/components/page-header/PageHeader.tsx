import type { ReactNode } from 'react'
import { GridBackdrop } from '../decor/GridBackdrop'
import { HeaderRule } from '../decor/HeaderRule'
import { Eyebrow } from '../eyebrow/Eyebrow'
import styles from './PageHeader.module.css'

interface PageHeaderProps {
  eyebrow?: string
  title: string
  intro?: string
  /** Anything the page adds under the intro: actions, filters, a meta line. */
  children?: ReactNode
  /** Align with the narrow reading column, for pages that are mostly prose. */
  narrow?: boolean
}

/** The top of a page: its `<h1>` on the grid backdrop, closed by a thin rule. */
export function PageHeader({ eyebrow, title, intro, children, narrow = false }: PageHeaderProps) {
  return (
    <header className={styles.header} data-surface="dark">
      <GridBackdrop />
      <div className={narrow ? `${styles.inner} ${styles.narrow}` : styles.inner}>
        {eyebrow ? <Eyebrow>{eyebrow}</Eyebrow> : null}
        <h1 className={styles.title}>{title}</h1>
        {intro ? <p className={styles.intro}>{intro}</p> : null}
        {children ? <div className={styles.extra}>{children}</div> : null}
      </div>
      <HeaderRule narrow={narrow} />
    </header>
  )
}
