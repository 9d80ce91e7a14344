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
  ].map(withArrayKeys)
}
