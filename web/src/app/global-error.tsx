'use client'

import styles from './error.module.css'

/** Last resort when even the root layout fails: plain markup, no site chrome. */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <html lang="en-GB">
      <body className={styles.lastResort}>
        <main>
          <h1>ChaffCent Ventures Limited</h1>
          <p>The site could not be shown just now. Please try again in a moment.</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  )
}
