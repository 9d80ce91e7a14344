'use client'

/** Last resort when even the root layout fails: plain markup, no site chrome. */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <html lang="en-GB">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          margin: '4rem auto',
          maxWidth: '36rem',
          padding: '0 1rem',
        }}
      >
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
