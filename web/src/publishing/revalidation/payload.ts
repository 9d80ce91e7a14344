import { DOCUMENT_TYPES } from '@chaffcent/content'
import { isValidSlug, SLUG_MAX_LENGTH } from '@chaffcent/content/slug'
import { z } from 'zod'

/** Slugs become cache tags: only the shape the studio allows gets that far. */
const optionalSlug = z
  .string()
  .nullish()
  .refine((slug) => slug == null || isValidSlug(slug), {
    error: `slugs must be lower-case words joined by hyphens, at most ${SLUG_MAX_LENGTH} characters`,
  })

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
  /**
   * Per reference field the type is shown through, the slugs it named before and after (null
   * for a reference to no published document). Absent from a webhook defined before it joined
   * the projection: the pages it names then wait for their own next publish.
   */
  shownOn: z
    .record(z.string(), z.array(optionalSlug, { error: 'shownOn must list slugs' }).nullable(), {
      error: 'shownOn must be an object of slug lists',
    })
    .nullish(),
  /**
   * The revision the change made; null for a delete or unpublish. Absent from a webhook
   * defined before it joined the projection: the handler then waits a fixed time instead.
   */
  rev: z
    .string({ error: 'rev must be a string or null' })
    .min(1, 'rev must not be empty')
    .nullable()
    .optional(),
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

export type ParsedPayload = { ok: true; value: RevalidationPayload } | { ok: false; error: string }

/** The signed bytes as a payload, or why they are not one (answered 400). */
export function parsePayload(raw: Uint8Array): ParsedPayload {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return { ok: false, error: 'The body is not UTF-8 text' }
  }
  if (!text.trim()) return { ok: false, error: 'The body is empty' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: 'The body is not valid JSON' }
  }
  const payload = revalidationPayloadSchema.safeParse(json)
  if (!payload.success) return { ok: false, error: describePayloadProblem(payload.error) }
  return { ok: true, value: payload.data }
}
