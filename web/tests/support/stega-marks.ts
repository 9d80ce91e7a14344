import { VERCEL_STEGA_REGEX } from '@vercel/stega'

/**
 * Any one of the characters @vercel/stega encodes with (the class of its own regex, which
 * @sanity/client's stegaClean also uses): a single one in machine-read output is a leak.
 */
export const STEGA_CHARACTER = new RegExp(VERCEL_STEGA_REGEX.source.replace(/\{4,\}$/, ''), 'u')

/** The text a reader sees: `text` without any of stega's characters. */
export const withoutMarks = (text: string | null) =>
  (text ?? '').replace(new RegExp(STEGA_CHARACTER, 'gu'), '')
