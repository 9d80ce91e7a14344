/**
 * The one rule for a document's web address, shared by the studio's validation, the site's
 * zod schemas and the webhook (which turns slugs into cache tags): lower-case letters and
 * digits in words joined by single hyphens.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The studio's Generate button and validation stop here; the webhook refuses anything longer. */
export const SLUG_MAX_LENGTH = 96

export function isValidSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)
}
