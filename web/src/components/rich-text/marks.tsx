import { hrefFor } from '@chaffcent/content'
import { absoluteUrl } from '@chaffcent/content/routes'
import type { PortableTextMarkComponentProps } from '@portabletext/react'
import Link from 'next/link'
import { safeHref } from '@chaffcent/content/safe-href'

/** An `internalLink` annotation as the queries project it: the referenced document's type and slug. */
export interface InternalLinkMark {
  _type: 'internalLink'
  _key: string
  target: { _type: string; slug: string | null } | null
}

/** An `externalLink` annotation as stored. */
export interface ExternalLinkMark {
  _type: 'externalLink'
  _key: string
  href?: string | null
  openInNewTab?: boolean | null
}

/**
 * A link to another page of the site; plain text when the target is gone or has no page.
 * Given the site's address, it carries its own in full for print (RichText.module.css).
 */
export function InternalLink({
  value,
  children,
  siteUrl,
}: PortableTextMarkComponentProps<InternalLinkMark> & { siteUrl?: string }) {
  const href = value?.target ? hrefFor(value.target) : null
  if (!href) return <>{children}</>
  const printHref = siteUrl ? absoluteUrl(siteUrl, href) : undefined
  return (
    <Link href={href} data-print-href={printHref}>
      {children}
    </Link>
  )
}

/**
 * A link off the site. Only http(s), mailto and tel addresses become links; anything else
 * is shown as the plain text it annotates, so content can never inject script.
 */
export function ExternalLink({
  value,
  children,
}: PortableTextMarkComponentProps<ExternalLinkMark>) {
  const href = safeHref(value?.href)
  if (!href) return <>{children}</>
  if (!value?.openInNewTab) return <a href={href}>{children}</a>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}
