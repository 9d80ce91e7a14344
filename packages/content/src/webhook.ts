import { SANITY_API_VERSION } from './api-version.ts'
import { SHOWN_THROUGH_FIELDS } from './content-types.ts'

/**
 * For each reference field a type is shown through (`shownBy` in the content-type table), the
 * slugs it named before and after the change: a venture that joins or leaves a sector expires
 * that sector's page, and no other. A reference to no published document projects to null.
 */
const shownOn = SHOWN_THROUGH_FIELDS.map(
  (field) =>
    `"${field}": (coalesce(before().${field}, []) + coalesce(after().${field}, []))[]->slug.current`,
).join(', ')

/**
 * The revalidation webhook exactly as editors create it in Sanity (manage → API → Webhooks).
 * docs/going-live.md shows these values, the tests and the local Content Lake evaluate them with
 * groq-js over the before and after documents, and a test keeps that page in step, so the
 * definition cannot drift from what is deployed.
 */
export const REVALIDATE_WEBHOOK = {
  name: 'Revalidate the website',
  path: '/api/revalidate',
  httpMethod: 'POST',
  apiVersion: `v${SANITY_API_VERSION}`,
  on: ['create', 'update', 'delete'],
  includeDrafts: false,
  /**
   * Published content only: drafts and release versions change nothing visitors see, and
   * Sanity's own documents (image assets, Presentation's preview secrets) are no page's content.
   */
  filter:
    '!(_id in path("drafts.**")) && !(_id in path("versions.**")) && !(_type in path("sanity.**"))',
  /**
   * `before()` is the document as it was, so a renamed slug also expires its old address.
   * `rev` is the revision the change made (null for a delete or unpublish): the site reads
   * the document back until the Lake shows it, rather than waiting a fixed time.
   */
  projection: `{ "_id": _id, "_type": _type, "slug": slug.current, "previousSlug": before().slug.current, "rev": after()._rev, "shownOn": { ${shownOn} } }`,
} as const
