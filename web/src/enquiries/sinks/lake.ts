import { TYPE } from '@chaffcent/content/content-types'
import { createClient } from 'next-sanity'
import type { Enquiry } from '../fields'

export interface LakeSinkConfig {
  token: string
  projectId: string
  dataset: string
  apiHost: string | undefined
  apiVersion: string
}

/**
 * The `_id` of an enquiry's Lake document: one per enquiry, so a retry never doubles it. The
 * dot puts it on a path the public API does not read without a token: personal data stays private.
 */
export const lakeDocumentId = (enquiryId: string) => `enquiry.${enquiryId}`

/** Writes enquiries to the Content Lake with the server-only write token, and erases them. */
export function lakeSink(config: LakeSinkConfig) {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
    token: config.token,
    useCdn: false,
    // The worker retries on its own schedule; one bounded try each time.
    timeout: 10_000,
    maxRetries: 0,
  })
  return {
    async deliver(enquiryId: string, enquiry: Enquiry, receivedAt: number): Promise<void> {
      await client.createIfNotExists({
        _id: lakeDocumentId(enquiryId),
        _type: TYPE.enquiry,
        receivedAt: new Date(receivedAt).toISOString(),
        name: enquiry.name,
        email: enquiry.email,
        organisation: enquiry.organisation,
        enquiryType: enquiry.enquiryType,
        message: enquiry.message,
        handled: false,
      })
    },
    /** Deletes the published document and any editor's draft of it (marking it handled). */
    async erase(enquiryId: string): Promise<void> {
      const id = lakeDocumentId(enquiryId)
      await client.transaction().delete(id).delete(`drafts.${id}`).commit()
    },
  }
}
