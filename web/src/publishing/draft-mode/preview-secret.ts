import { createHash, timingSafeEqual } from 'node:crypto'

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}

/**
 * Whether the `secret` query parameter matches PREVIEW_SECRET. Both are hashed first so
 * the comparison is constant-time over equal lengths and the time taken says nothing
 * about the secret's length or its first differing character. With no secret
 * configured nothing matches.
 */
export function isPreviewSecretValid(
  given: string | null | undefined,
  expected: string | undefined,
): boolean {
  if (!expected || !given) return false
  return timingSafeEqual(digest(given), digest(expected))
}
