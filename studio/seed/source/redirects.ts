import { TYPE } from '@chaffcent/content/content-types'
import { SITE_ROUTES } from '@chaffcent/content'
import type { SeedDocument } from './lib/documents/types'

/**
 * One redirect, so the dataset has a document of every type: the address many company
 * sites use for this page, sent to where this site keeps it.
 */
export function redirectDocuments(): SeedDocument[] {
  return [
    {
      _id: 'redirect-about',
      _type: TYPE.redirect,
      source: '/about',
      destination: SITE_ROUTES.whoWeAre.path,
      permanent: true,
    },
  ]
}
