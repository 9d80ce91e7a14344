import { articleDocuments } from './articles'
import { categoryDocuments } from './categories'
import { home } from './home'
import { legalDocuments } from './legal'
import { listingPageDocuments } from './listing-pages'
import type { SeedDocument } from './lib/documents/types'
import { withArrayKeys } from './lib/keys'
import { pageDocuments } from './pages'
import { personDocuments } from './people'
import { redirectDocuments } from './redirects'
import { sectorDocuments } from './sectors'
import { siteSettings } from './site-settings'
import { ventureDocuments } from './ventures'

/**
 * Every document of the seed dataset, in the order the file lists them: singletons, then the
 * documents others refer to before the documents that refer to them. The order is fixed so the
 * file is the same on every build.
 */
export function seedDocuments(): SeedDocument[] {
  return [
    siteSettings,
    home,
    ...listingPageDocuments(),
    ...categoryDocuments(),
    ...sectorDocuments(),
    ...ventureDocuments(),
    ...personDocuments(),
    ...articleDocuments(),
    ...legalDocuments(),
    ...pageDocuments(),
    ...redirectDocuments(),
  ]
    .map(withArrayKeys)
    .map(stamped)
}

/** When the seed's pages were last revised for the launch. */
const SEED_REVISED_AT = '2026-11-30T09:00:00Z'

/**
 * Sanity stamps every document with when it was created and last published, and an export
 * keeps both: the site reports `_updatedAt` as each page's last change (the sitemap's lastmod).
 * An article was last revised when it was published; every other document at the launch.
 */
function stamped({ _id, _type, ...fields }: SeedDocument): SeedDocument {
  const at =
    typeof fields.publishedAt === 'string' ? `${fields.publishedAt}T09:00:00Z` : SEED_REVISED_AT
  return { _id, _type, _createdAt: at, _updatedAt: at, ...fields }
}
