'use client'

import Link from 'next/link'
import { Container } from '@/components/layout/Container'
import styles from './error.module.css'

/** Shown when a page fails to render; the header and footer stay usable. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <Container narrow>
      <div className={styles.page}>
        <p className="eyebrow">Error</p>
        <h1>Something went wrong.</h1>
        <p>This page could not be shown just now. Please try again, or return to the home page.</p>
        <p className={styles.actions}>
          <button type="button" onClick={reset}>
            Try again
          </button>
          <Link href="/">Return to Home</Link>
        </p>
      </div>
    </Container>
  )
}
