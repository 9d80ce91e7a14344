import styles from './HeaderRule.module.css'

interface HeaderRuleProps {
  /** Align the accent with the narrow reading column instead of the page column. */
  narrow?: boolean
}

/** The thin rule that closes a page header, with an accent where the content column starts. */
export function HeaderRule({ narrow = false }: HeaderRuleProps) {
  return (
    <div className={narrow ? `${styles.rule} ${styles.narrow}` : styles.rule} aria-hidden="true" />
  )
}
