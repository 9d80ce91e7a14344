import { DOCUMENT_TYPES } from '@chaffcent/content'
import { z } from 'zod'

const optionalSlug = z.string().nullish()

/**
 * What a webhook body must look like. Anything else is answered 400 and changes nothing;
 * unknown extra fields are ignored so the projection can grow without breaking the hook.
 */
export const revalidationPayloadSchema = z.object({
  _id: z.string({ error: '_id must be a string' }).min(1, '_id must not be empty'),
  _type: z.enum(DOCUMENT_TYPES, {
    error: (issue) =>
      issue.input === undefined
        ? '_type is required'
        : `_type must be one of: ${DOCUMENT_TYPES.join(', ')}`,
  }),
  slug: optionalSlug,
  previousSlug: optionalSlug,
})

export type RevalidationPayload = z.infer<typeof revalidationPayloadSchema>

/** The first problem with a body, phrased for the webhook's delivery log. */
export function describePayloadProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'The payload does not match the expected projection'
  // A non-object body has an empty path; say what was expected instead of "Invalid input".
  if (issue.path.length === 0) return 'The payload must be a JSON object'
  return issue.message
}
