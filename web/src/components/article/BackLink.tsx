import Link from 'next/link'
import styles from './BackLink.module.css'

/** The way back to the Insights index at the end of an article. */
export function BackLink() {
  return (
    <p className={styles.back}>
      <Link href="/insights" className={styles.link}>
        <span aria-hidden="true">←</span> Back to Insights
      </Link>
    </p>
  )
}
