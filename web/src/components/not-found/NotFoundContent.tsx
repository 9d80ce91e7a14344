import Link from 'next/link'
import { Arrow, ButtonLink } from '../button-link/ButtonLink'
import { GridBackdrop } from '../decor/GridBackdrop'
import { HeaderRule } from '../decor/HeaderRule'
import { Eyebrow } from '../eyebrow/Eyebrow'
import styles from './NotFoundContent.module.css'

/** The 404 page's content, worded as on the client's site. */
export function NotFoundContent() {
  return (
    <section className={styles.page} aria-labelledby="not-found-heading" data-surface="dark">
      <GridBackdrop />
      <div className={styles.inner}>
        <Eyebrow>404</Eyebrow>
        <h1 id="not-found-heading" className={styles.title}>
          Page not found.
        </h1>
        <p className={styles.body}>
          The page you are looking for does not exist, may have been moved, or is not publicly
          available.
        </p>
        <div className={styles.actions}>
          <ButtonLink href="/">Return to Home</ButtonLink>
          <Link href="/contact" className={styles.contact}>
            Contact ChaffCent <Arrow />
          </Link>
        </div>
      </div>
      <HeaderRule />
    </section>
  )
}
