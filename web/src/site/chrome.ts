import { SITE_ROUTES } from '@chaffcent/content/routes'
import type { SiteSettings } from '@/content/settings'

/** The legal documents' links, as the footer's bottom row shows them. */
export const LEGAL_LINKS = [SITE_ROUTES.privacy, SITE_ROUTES.terms, SITE_ROUTES.modernSlavery].map(
  ({ path, label }) => ({ href: path, label }),
)

const LEGAL_PATHS = new Set<string>(LEGAL_LINKS.map(({ href }) => href))

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
