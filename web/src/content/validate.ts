import type { z } from 'zod'

/** Names a result in logs: its document id where the query projected one. */
function describe(value: unknown, label: string): string {
  const id =
    typeof value === 'object' && value !== null ? (value as { _id?: unknown })._id : undefined
  return typeof id === 'string' ? `${label} "${id}"` : label
}

/** Each failing field and why, e.g. `address.postalCode: Invalid input`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
}

function report(error: z.ZodError, value: unknown, label: string): void {
  const problems = describeIssues(error)
  console.error(`[content] ${describe(value, label)} failed validation and is hidden: ${problems}`)
}

/** One document, or null when it is missing or does not fit its schema (the page then 404s). */
export function validDocument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  label: string,
): z.output<S> | null {
  if (value === null || value === undefined) return null
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  report(parsed.error, value, label)
  return null
}

/** The documents of a list that fit their schema; the others are logged and left out. */
export function validList<S extends z.ZodType>(
  schema: S,
  value: unknown,
  label: string,
): z.output<S>[] {
  if (!Array.isArray(value)) {
    if (value !== null && value !== undefined)
      console.error(`[content] ${label} is not a list; showing none`)
    return []
  }
  return value.flatMap((item) => {
    const valid = validDocument(schema, item, label)
    return valid === null ? [] : [valid]
  })
}
