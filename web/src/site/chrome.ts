import { CONTENT_TYPES } from '@chaffcent/content/content-types'
import { fillAddress, LEGAL_SLUGS } from '@chaffcent/content/routes'
import type { SiteSettings } from '@/content/settings'

const LEGAL_PATHS = new Set(
  LEGAL_SLUGS.map((slug) => fillAddress(CONTENT_TYPES.legalDocument.address, { slug })),
)

/** The footer's columns; legal links say what they open, as on the client's current site. */
export function footerColumns(settings: SiteSettings) {
  return settings.footerColumns.map((column) => ({
    heading: column.heading,
    links: column.links.map(({ label, href }) => ({
      label,
      href,
      ariaLabel: LEGAL_PATHS.has(href) ? `${label} (legal document)` : undefined,
    })),
  }))
}
