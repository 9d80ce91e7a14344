'use client'

import { usePathname } from 'next/navigation'

/**
 * A plain form rather than a link: a link can be prefetched, and fetching the disable
 * route would end preview before the editor asked. The current path goes in the query
 * so the editor lands on the published version of the page they were reading.
 */
export function ExitPreviewForm({ buttonClassName }: { buttonClassName?: string }) {
  const pathname = usePathname() ?? '/'
  const action = `/api/draft-mode/disable?redirect=${encodeURIComponent(pathname)}`
  return (
    <form method="post" action={action}>
      <button type="submit" className={buttonClassName}>
        Leave preview
      </button>
    </form>
  )
}
