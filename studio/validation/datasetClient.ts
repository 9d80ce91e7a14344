import { TYPE } from '@chaffcent/content/content-types'
import { getPublishedId, type SanityClient } from 'sanity'
import { OTHER_REDIRECTS_QUERY } from '../schemaTypes/redirect/redirectRules'
import { SLUG_IN_USE_QUERY } from '../schemaTypes/shared/slugField'

export interface DatasetDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

type SlugInUseParams = { type: string; slug: string; published: string }

const isPublished = (doc: DatasetDocument) => getPublishedId(doc._id) === doc._id

/**
 * A stand-in for the Content Lake client, holding a dataset in memory. It answers only
 * the look-ups the studio's rules make (slug uniqueness, other redirects), from the documents it was
 * given, and throws on any other query so that a new look-up cannot pass unchecked.
 */
export function datasetClient(documents: readonly DatasetDocument[]): SanityClient {
  const client = {
    withConfig: () => client,
    fetch: async (query: string, params: SlugInUseParams) => {
      if (query === OTHER_REDIRECTS_QUERY)
        return documents.filter(
          (doc) => doc._type === TYPE.redirect && isPublished(doc) && doc._id !== params.published,
        )
      if (query !== SLUG_IN_USE_QUERY) throw new Error(`The test client cannot answer: ${query}`)
      return documents.some(
        (doc) =>
          doc._type === params.type &&
          (doc.slug as { current?: string } | undefined)?.current === params.slug &&
          getPublishedId(doc._id) !== params.published,
      )
    },
  }
  return client as unknown as SanityClient
}

/** Whether a referenced document exists: the same set of documents, as the CLI does for a file. */
export function documentExistsIn(documents: readonly DatasetDocument[]) {
  const ids = new Set(documents.map((doc) => doc._id))
  return async ({ id }: { id: string }) => ids.has(id)
}
